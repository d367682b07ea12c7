/** How progress is shown: a redrawn bar on a terminal, a line per 10% otherwise, JSON lines for tools. */
export type ProgressMode = 'bar' | 'lines' | 'json';

export type ProgressEvent =
  | { readonly type: 'bundle'; readonly reused: boolean; readonly seconds: number }
  | { readonly type: 'browser'; readonly executable: string | null; readonly from: string }
  | { readonly type: 'start'; readonly story: string; readonly format: string; readonly frames: number }
  | { readonly type: 'progress'; readonly story: string; readonly format: string; readonly frames: number; readonly renderedFrames: number; readonly fps: number; readonly etaSeconds: number | null }
  | { readonly type: 'finished'; readonly story: string; readonly format: string; readonly outputs: readonly string[]; readonly seconds: number; readonly warnings: readonly string[] }
  | { readonly type: 'failed'; readonly story: string; readonly format?: string; readonly error: string; readonly exitCode: number };

const BAR_WIDTH = 28;

/** "1:05" */
export function formatDuration(seconds: number): string {
  const whole = Math.max(0, Math.round(seconds));
  const minutes = Math.floor(whole / 60);
  return `${minutes}:${String(whole % 60).padStart(2, '0')}`;
}

/** One progress line, as the bar and the plain lines show it. */
export function describeProgress(event: Extract<ProgressEvent, { type: 'progress' }>, withBar: boolean): string {
  const ratio = event.frames === 0 ? 1 : event.renderedFrames / event.frames;
  const percent = `${Math.floor(ratio * 100)}%`.padStart(4);
  const bar = withBar ? `[${'#'.repeat(Math.round(ratio * BAR_WIDTH)).padEnd(BAR_WIDTH, '-')}] ` : '';
  const eta = event.etaSeconds === null ? '--:--' : formatDuration(event.etaSeconds);
  return `${event.story}-${event.format} ${bar}${percent} ${event.renderedFrames}/${event.frames} frames ${event.fps.toFixed(1)} fps ETA ${eta}`;
}

/** Speed and time left from the frames rendered so far. */
export function estimate(renderedFrames: number, frames: number, elapsedSeconds: number): { fps: number; etaSeconds: number | null } {
  const fps = elapsedSeconds > 0 ? renderedFrames / elapsedSeconds : 0;
  return { fps, etaSeconds: fps > 0 ? (frames - renderedFrames) / fps : null };
}

/** Writes events to a stream in the chosen mode. */
export function createReporter(mode: ProgressMode, stream: NodeJS.WritableStream): (event: ProgressEvent) => void {
  let lastDecile = -1;
  let barOpen = false;
  const endBar = () => {
    if (barOpen) stream.write('\n');
    barOpen = false;
  };
  return (event) => {
    if (mode === 'json') {
      stream.write(`${JSON.stringify(event)}\n`);
      return;
    }
    switch (event.type) {
      case 'bundle':
        stream.write(event.reused ? 'Using the cached bundle\n' : `Bundled the compositions in ${event.seconds.toFixed(1)} s\n`);
        return;
      case 'browser':
        stream.write(`Browser: ${event.executable ?? "Remotion's Chrome Headless Shell"} (${event.from})\n`);
        return;
      case 'start':
        lastDecile = -1;
        stream.write(`Rendering ${event.story}-${event.format}: ${event.frames} frames\n`);
        return;
      case 'progress': {
        if (mode === 'bar') {
          stream.write(`\r${describeProgress(event, true)}\u001b[K`);
          barOpen = true;
          return;
        }
        const decile = Math.floor((event.renderedFrames / Math.max(1, event.frames)) * 10);
        if (decile > lastDecile) {
          lastDecile = decile;
          stream.write(`${describeProgress(event, false)}\n`);
        }
        return;
      }
      case 'finished':
        endBar();
        for (const warning of event.warnings) stream.write(`warning: ${warning}\n`);
        stream.write(`Done in ${event.seconds.toFixed(1)} s:\n${event.outputs.map((output) => `  ${output}\n`).join('')}`);
        return;
      case 'failed':
        endBar();
        return;
    }
  };
}
