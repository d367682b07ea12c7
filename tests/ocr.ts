import { execFileSync } from 'node:child_process';
import sharp from 'sharp';
import type { Box } from '../src/scenes/layout';

/** A frame of a video as PNG bytes, at a time in seconds (ffmpeg). */
export function frameAt(video: string, seconds: number): Buffer {
  return execFileSync('ffmpeg', ['-v', 'error', '-ss', seconds.toFixed(3), '-i', video, '-frames:v', '1', '-f', 'image2pipe', '-vcodec', 'png', '-']);
}

/**
 * The text tesseract reads in a box of a frame. Caption text is near white on a dark box: only
 * near-white pixels are kept, as black on white, so that the picture behind does not read as text.
 */
export async function readText(png: Buffer, box: Box): Promise<string> {
  const crop = await sharp(png)
    .extract({ left: box.left, top: box.top, width: box.width, height: box.height })
    .greyscale()
    .threshold(200)
    .negate()
    .png()
    .toBuffer();
  return execFileSync('tesseract', ['stdin', 'stdout', '--psm', '6', '--dpi', '72'], { input: crop, encoding: 'utf8' });
}

/** Letters and digits only, lower case, single spaces: what OCR and the cue must agree on. */
export const normalise = (text: string) =>
  text
    .toLowerCase()
    .replace(/[’']/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/** 1 for equal strings, 0 for nothing in common (Levenshtein). */
export function similarity(a: string, b: string): number {
  const previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = previous[0]!;
    previous[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = previous[j]!;
      previous[j] = Math.min(previous[j]! + 1, previous[j - 1]! + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return 1 - previous[b.length]! / Math.max(a.length, b.length, 1);
}
