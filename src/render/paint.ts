import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { renderFrames, type CancelSignal } from '@remotion/renderer';
import type { Browser } from './browser';
import { frameFile } from './encode';

/** Chrome's JPEG quality for painted frames: above Remotion's default 80, below the cost of PNG. */
export const FRAME_JPEG_QUALITY = 90;

export type PaintOptions = {
  readonly composition: Parameters<typeof renderFrames>[0]['composition'];
  readonly serveUrl: string;
  readonly inputProps: Record<string, unknown>;
  readonly browser: Browser;
  /** Composition frames to paint, ascending. */
  readonly frames: readonly number[];
  readonly framesDir: string;
  /** 1 for full size; a draft paints smaller. */
  readonly scale: number;
  readonly concurrency: number;
  readonly cancelSignal?: CancelSignal;
  /** A frame is on disk: how many are so far, and which it was. */
  readonly onFramePainted?: (painted: number, frame: number) => void;
};

/** Paints each listed frame once, in the shared browser, into `framesDir` as {@link frameFile}. */
export async function paintFrames(options: PaintOptions): Promise<void> {
  let painted = 0;
  await renderFrames({
    composition: options.composition,
    serveUrl: options.serveUrl,
    inputProps: options.inputProps,
    puppeteerInstance: options.browser,
    frames: [...options.frames],
    outputDir: null,
    imageFormat: 'jpeg',
    jpegQuality: FRAME_JPEG_QUALITY,
    scale: options.scale,
    concurrency: options.concurrency,
    cancelSignal: options.cancelSignal,
    logLevel: 'error',
    // The video's sound is mixed by ffmpeg from the files themselves.
    muted: true,
    onStart: () => undefined,
    onFrameUpdate: () => undefined,
    onFrameBuffer: async (buffer, frame) => {
      await writeFile(path.join(options.framesDir, frameFile(frame)), buffer);
      painted += 1;
      options.onFramePainted?.(painted, frame);
    },
  });
}
