/** A gap in the voice at least this long is a place where a scene may change. */
const MIN_PAUSE_MS = 150;
/** How far a scene change may move to meet a pause in the voice. */
const MAX_SHIFT_SECONDS = 1.5;

/** Midpoints (ms) of the pauses between spoken items. */
export function voicePauses(items: ReadonlyArray<{ readonly startMs: number; readonly endMs: number }>): number[] {
  const pauses: number[] = [];
  for (let index = 1; index < items.length; index++) {
    const gap = items[index]!.startMs - items[index - 1]!.endMs;
    if (gap >= MIN_PAUSE_MS) pauses.push(items[index - 1]!.endMs + gap / 2);
  }
  return pauses;
}

/**
 * Moves each scene change to the nearest pause in the voice, when one is close and both scenes
 * keep their minimum frames, so that the voice is not cut mid-sentence by a new scene and no
 * caption has to straddle one. Durations in, durations out; the total never changes.
 */
export function alignToPauses(durations: readonly number[], minimums: readonly number[], pausesMs: readonly number[], fps: number): number[] {
  const result = [...durations];
  const maxShift = Math.round(MAX_SHIFT_SECONDS * fps);
  const pauseFrames = pausesMs.map((ms) => Math.round((ms * fps) / 1000));
  let boundary = 0;
  for (let index = 0; index < result.length - 1; index++) {
    boundary += result[index]!;
    const segmentStart = boundary - result[index]!;
    const nextEnd = boundary + result[index + 1]!;
    const candidates = pauseFrames
      .filter((frame) => Math.abs(frame - boundary) <= maxShift)
      .filter((frame) => frame - segmentStart >= minimums[index]! && nextEnd - frame >= minimums[index + 1]!)
      .sort((a, b) => Math.abs(a - boundary) - Math.abs(b - boundary) || a - b);
    const target = candidates[0];
    if (target === undefined) continue;
    result[index] = target - segmentStart;
    result[index + 1] = nextEnd - target;
    boundary = target;
  }
  return result;
}
