import { execFileSync } from 'node:child_process';

/** One decoded frame as RGB bytes. */
export type Frame = { readonly width: number; readonly height: number; readonly rgb: Buffer };

/**
 * The frame shown at `frame` (of `fps`) in a video, decoded by ffmpeg to RGB, honouring each
 * file's colour matrix and range, so videos written with different settings compare fairly.
 */
export function frameAt(video: string, frame: number, fps: number, width: number, height: number): Frame {
  // ffmpeg keeps the first frame at or after the seek point: aim a quarter frame early.
  const seconds = Math.max(0, (frame - 0.25) / fps).toFixed(5);
  const rgb = execFileSync('ffmpeg', ['-v', 'error', '-ss', seconds, '-i', video, '-frames:v', '1', '-f', 'rawvideo', '-pix_fmt', 'rgb24', '-'], { maxBuffer: 64 * 1024 * 1024 });
  if (rgb.length !== width * height * 3) throw new Error(`${video} at frame ${frame}: got ${rgb.length} bytes, expected ${width}×${height} RGB`);
  return { width, height, rgb };
}

export type Difference = {
  /** Mean absolute difference per channel, 0–255. */
  readonly mean: number;
  /** Share of pixels where some channel differs by more than `threshold`. */
  readonly changed: number;
};

/** How far apart two frames of the same size are. */
export function difference(a: Frame, b: Frame, threshold = 32): Difference {
  if (a.rgb.length !== b.rgb.length) throw new Error('frames differ in size');
  let sum = 0;
  let changed = 0;
  for (let index = 0; index < a.rgb.length; index += 3) {
    const dr = Math.abs(a.rgb[index]! - b.rgb[index]!);
    const dg = Math.abs(a.rgb[index + 1]! - b.rgb[index + 1]!);
    const db = Math.abs(a.rgb[index + 2]! - b.rgb[index + 2]!);
    sum += dr + dg + db;
    if (Math.max(dr, dg, db) > threshold) changed += 1;
  }
  const pixels = a.rgb.length / 3;
  return { mean: sum / a.rgb.length, changed: changed / pixels };
}
