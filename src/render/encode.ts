import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { RenderInternals, type CancelSignal } from '@remotion/renderer';
import type { FramePlan, FrameRun } from './frame-plan';
import { RenderFailure } from './errors';

/** x264 speed/size trade-off, chosen by measurement (see the README's Performance section). */
export const X264_PRESET = 'veryfast';
/** Remotion's default quality for H.264. */
export const H264_CRF = 18;

export type Sound = {
  /** Absolute path of the voiceover, played from the first frame. */
  readonly voiceover: string | null;
  /** Absolute path of the music bed, looped under the voice at `musicVolume`. */
  readonly music: string | null;
  readonly musicVolume: number;
};

/** A stretch of the video encoded on its own, as soon as its frames are painted. */
export type Chunk = {
  readonly runs: readonly FrameRun[];
  readonly outputFrames: number;
};

/** The file a painted composition frame is kept in. */
export const frameFile = (frame: number): string => `frame-${String(frame).padStart(6, '0')}.jpeg`;

/**
 * The painted frames as an ffconcat list with one entry per output frame, each read as one
 * frame at `fps` (`option framerate`), so every frame lands exactly on its own timestamp.
 * (Listing each painted frame once with a longer `duration` is cheaper but wrong: ffmpeg's
 * constant-rate conversion then shows held frames a frame early or drops some.) A held frame
 * costs its decoding and encoding, never a paint.
 */
export function concatList(runs: readonly FrameRun[], fps: number): string {
  const lines = ['ffconcat version 1.0'];
  for (const run of runs) {
    for (let copy = 0; copy < run.count; copy += 1) lines.push(`file '${frameFile(run.frame)}'`, `option framerate ${fps}`);
  }
  return `${lines.join('\n')}\n`;
}

/**
 * Splits the video into chunks of `targetFrames` output frames (the last one shorter), so each
 * can be encoded while later frames are still being painted. A long still run is split across
 * chunks: each part shows the same painted frame.
 */
export function chunkRuns(runs: readonly FrameRun[], targetFrames: number): Chunk[] {
  const chunks: Chunk[] = [];
  let current: FrameRun[] = [];
  let frames = 0;
  for (const run of runs) {
    let left = run.count;
    while (left > 0) {
      const take = Math.min(left, targetFrames - frames);
      current.push({ frame: run.frame, count: take });
      frames += take;
      left -= take;
      if (frames === targetFrames) {
        chunks.push({ runs: current, outputFrames: frames });
        current = [];
        frames = 0;
      }
    }
  }
  if (current.length > 0) chunks.push({ runs: current, outputFrames: frames });
  return chunks;
}

/** Output frames a chunk aims at: short enough that the last one, encoded after painting ends, is quick. */
export const CHUNK_FRAMES = 90;

const colorArgs = ['-colorspace:v', 'bt709', '-color_primaries:v', 'bt709', '-color_trc:v', 'bt709', '-color_range', 'tv'];

/**
 * ffmpeg arguments that encode one chunk from its painted frames: H.264 High, yuv420p, BT.709
 * limited range as Remotion writes it, at a constant frame rate given by the list's timestamps.
 */
export function chunkArgs(listFile: string, chunk: Pick<Chunk, 'outputFrames'>, fps: number, output: string): string[] {
  return [
    '-hide_banner',
    '-nostats',
    '-progress',
    'pipe:1',
    '-y',
    '-f',
    'concat',
    '-safe',
    '0',
    '-i',
    listFile,
    // Even dimensions for yuv420p (a draft at half size can be odd by a pixel).
    '-vf',
    'crop=trunc(iw/2)*2:trunc(ih/2)*2:0:0,zscale=matrix=709:range=limited:primariesin=709:primaries=709:transferin=709:transfer=709',
    // Every entry is one frame on its own timestamp already; cfr only guarantees it.
    '-fps_mode',
    'cfr',
    '-r',
    String(fps),
    '-frames:v',
    String(chunk.outputFrames),
    '-c:v',
    'libx264',
    '-profile:v',
    'high',
    '-preset',
    X264_PRESET,
    '-crf',
    String(H264_CRF),
    '-pix_fmt',
    'yuv420p',
    ...colorArgs,
    '-video_track_timescale',
    '90000',
    '-an',
    '-f',
    'mp4',
    output,
  ];
}

/**
 * ffmpeg arguments that join the encoded chunks (copied, not re-encoded) and add the sound:
 * the voiceover from the first frame, the music looped under it, silence after, all cut at the
 * video's length; AAC 48 kHz stereo; `+faststart`.
 */
export function muxArgs(options: { listFile: string; outputFrames: number; fps: number; sound: Sound; output: string }): string[] {
  const { sound } = options;
  const seconds = (options.outputFrames / options.fps).toFixed(6);
  const inputs = ['-f', 'concat', '-safe', '0', '-i', options.listFile];
  const labels: string[] = [];
  const filters: string[] = [];
  if (sound.voiceover) {
    inputs.push('-i', sound.voiceover);
    filters.push(`[${labels.length + 1}:a]aresample=48000,aformat=channel_layouts=stereo[voice]`);
    labels.push('[voice]');
  }
  if (sound.music) {
    inputs.push('-stream_loop', '-1', '-i', sound.music);
    filters.push(`[${labels.length + 1}:a]aresample=48000,aformat=channel_layouts=stereo,volume=${sound.musicVolume}[music]`);
    labels.push('[music]');
  }
  const audio: string[] = [];
  if (labels.length > 0) {
    const mixed = labels.length === 1 ? `${labels[0]}anull` : `${labels.join('')}amix=inputs=${labels.length}:duration=longest:normalize=0`;
    filters.push(`${mixed},apad,atrim=0:${seconds}[audio]`);
    audio.push('-filter_complex', filters.join(';'), '-map', '[audio]', '-c:a', 'aac', '-b:a', '320k', '-ar', '48000', '-ac', '2');
  }
  return [
    '-hide_banner',
    '-nostats',
    '-y',
    ...inputs,
    '-map',
    '0:v',
    ...audio,
    '-c:v',
    'copy',
    '-frames:v',
    String(options.outputFrames),
    ...colorArgs,
    '-movflags',
    '+faststart',
    '-f',
    'mp4',
    options.output,
  ];
}

async function runFfmpeg(args: string[], cancelSignal: CancelSignal | undefined, onFrame?: (frame: number) => void, onStart?: (stop: () => void) => void): Promise<void> {
  const task = RenderInternals.callFf({ bin: 'ffmpeg', args, indent: false, logLevel: 'error', binariesDirectory: null, cancelSignal, options: { reject: false } });
  onStart?.(() => task.kill());
  let pending = '';
  task.stdout?.on('data', (chunk: Buffer) => {
    pending += chunk.toString('utf8');
    const lines = pending.split('\n');
    pending = lines.pop() ?? '';
    for (const line of lines) {
      const match = /^frame=(\d+)/.exec(line);
      if (match) onFrame?.(Number(match[1]));
    }
  });
  const result = await task;
  if (result.exitCode !== 0) {
    const tail = String(result.stderr ?? '').trim().split('\n').slice(-4).join(' | ');
    throw new RenderFailure(`ffmpeg could not encode the video (exit ${result.exitCode}${result.signal ? `, ${result.signal}` : ''}): ${tail}`);
  }
}

/**
 * Encodes the video while its frames are being painted: tell it each frame as it lands in
 * `framesDir`; every chunk whose frames are all there is encoded (one ffmpeg at a time, in the
 * CPU that painting leaves idle), and `finish` joins the chunks and adds the sound.
 * With the ffmpeg Remotion ships; every path it is given is absolute (it runs in its own folder).
 */
export class StreamingEncoder {
  private readonly chunks: Chunk[];
  private readonly painted = new Set<number>();
  private next = 0;
  private encodedFrames = 0;
  private queue: Promise<void> = Promise.resolve();
  private failure: unknown = null;
  private stopCurrent: (() => void) | null = null;

  constructor(
    private readonly options: {
      readonly framesDir: string;
      readonly plan: FramePlan;
      /** Frame rate of the output video. */
      readonly fps: number;
      readonly sound: Sound;
      readonly cancelSignal?: CancelSignal;
      /** Output frames encoded so far. */
      readonly onProgress?: (encodedFrames: number) => void;
    },
  ) {
    this.chunks = chunkRuns(options.plan.runs, CHUNK_FRAMES);
  }

  /** A painted frame is on disk. */
  framePainted(frame: number): void {
    this.painted.add(frame);
    while (this.next < this.chunks.length && this.isReady(this.chunks[this.next]!)) {
      const index = this.next;
      this.next += 1;
      this.queue = this.queue.then(() => (this.failure ? undefined : this.encode(index))).catch((error: unknown) => {
        this.failure ??= error;
      });
    }
  }

  private isReady(chunk: Chunk): boolean {
    return chunk.runs.every((run) => this.painted.has(run.frame));
  }

  private chunkFile(index: number): string {
    return path.resolve(this.options.framesDir, `chunk-${String(index).padStart(4, '0')}.mp4`);
  }

  private async encode(index: number): Promise<void> {
    const chunk = this.chunks[index]!;
    const listFile = path.resolve(this.options.framesDir, `chunk-${index}.ffconcat`);
    await writeFile(listFile, concatList(chunk.runs, this.options.fps));
    const before = this.encodedFrames;
    await runFfmpeg(
      chunkArgs(listFile, chunk, this.options.fps, this.chunkFile(index)),
      this.options.cancelSignal,
      (frame) => this.options.onProgress?.(before + Math.min(frame, chunk.outputFrames)),
      (stop) => (this.stopCurrent = stop),
    );
    this.stopCurrent = null;
    this.encodedFrames = before + chunk.outputFrames;
    this.options.onProgress?.(this.encodedFrames);
  }

  /** Painting failed: stops the running encode, encodes nothing more, and returns once ffmpeg is gone. */
  async abort(): Promise<void> {
    this.failure ??= new RenderFailure('the render was stopped');
    this.stopCurrent?.();
    await this.queue;
  }

  /** Waits for the last chunks, then writes the video to `output`. */
  async finish(output: string): Promise<void> {
    if (this.next < this.chunks.length) throw new RenderFailure(`frames are missing: chunk ${this.next + 1} of ${this.chunks.length} was never complete`);
    await this.queue;
    if (this.failure) throw this.failure;
    const listFile = path.resolve(this.options.framesDir, 'chunks.ffconcat');
    await writeFile(listFile, `ffconcat version 1.0\n${this.chunks.map((_, index) => `file '${this.chunkFile(index)}'`).join('\n')}\n`);
    const { plan, fps, sound } = this.options;
    await runFfmpeg(muxArgs({ listFile, outputFrames: plan.outputFrames, fps, sound, output: path.resolve(output) }), this.options.cancelSignal);
  }
}
