import path from 'node:path';
import { renderStill, selectComposition } from '@remotion/renderer';
import sharp from 'sharp';
import { FORMATS, type FormatId } from '../formats/formats';
import type { NewsVideoProps } from '../scenes/props';
import type { NewsVideoRuntimeProps } from '../scenes/resolve';
import type { LoadedStory } from '../story/load';
import { writeAtomically } from './atomic';
import type { Browser } from './browser';
import { prepareVisuals } from './render-story';

/** Height of each frame on the sheet; widths follow each format's shape. */
const THUMB_HEIGHT = 480;
const GAP = 8;

/**
 * One frame from the middle of every segment of a story in a format, side by side: what a
 * graphics desk looks at to judge a layout. Returns the PNG's path.
 */
export async function contactSheet(options: {
  readonly loaded: LoadedStory;
  readonly format: FormatId;
  readonly serveUrl: string;
  readonly browser: Browser;
  readonly outDir: string;
}): Promise<{ file: string; frames: number[] }> {
  const { loaded, serveUrl, browser } = options;
  const format = FORMATS[options.format];
  const visuals = await prepareVisuals(loaded, format.id, path.join(serveUrl, 'public'));
  const inputProps: NewsVideoProps = { story: loaded.story, media: { ...visuals, voiceover: null, music: null, transcript: null }, fit: true };
  const composition = await selectComposition({ serveUrl, id: format.id, inputProps, puppeteerInstance: browser, logLevel: 'error' });
  const segments = (composition.props as NewsVideoRuntimeProps).resolved?.timeline.segments ?? [];
  const frames = segments.map((segment) => segment.startFrame + Math.floor(segment.durationInFrames / 2));
  const width = Math.round((THUMB_HEIGHT * format.width) / format.height);
  const thumbs: Buffer[] = [];
  for (const frame of frames) {
    const { buffer } = await renderStill({ composition, serveUrl, inputProps, puppeteerInstance: browser, frame, imageFormat: 'png', output: null, logLevel: 'error' });
    thumbs.push(await sharp(buffer!).resize(width, THUMB_HEIGHT).png().toBuffer());
  }
  const file = path.join(options.outDir, `${loaded.id}-${format.id}-contact.png`);
  await writeAtomically(file, async (temporary) => {
    await sharp({ create: { width: frames.length * (width + GAP) + GAP, height: THUMB_HEIGHT + 2 * GAP, channels: 3, background: '#3a3a3a' } })
      .composite(thumbs.map((input, index) => ({ input, left: GAP + index * (width + GAP), top: GAP })))
      .png()
      .toFile(temporary);
  });
  return { file, frames };
}
