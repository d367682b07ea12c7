import path from 'node:path';
import { renderMedia, selectComposition } from '@remotion/renderer';
import type { FormatId } from '../formats/formats';
import type { LoadedStory } from '../story/load';
import { FORMATS } from '../formats/formats';
import { formatProps, planOrExplain, prepareSound } from './render-story';

/**
 * The reference: the same composition with the same props through a plain `renderMedia`,
 * Remotion's default settings (every frame painted, its own concurrency, image format, CRF and
 * encoder). The bench measures against it and the look test compares frames with it.
 */
export async function renderPlain(options: {
  readonly loaded: LoadedStory;
  readonly format: FormatId;
  readonly serveUrl: string;
  /** The Chrome to use; Remotion opens it with its own defaults. */
  readonly browserExecutable: string | null;
  readonly output: string;
}): Promise<{ seconds: number; frames: number }> {
  const { loaded, serveUrl } = options;
  const publicDir = path.join(serveUrl, 'public');
  const sound = await prepareSound(loaded, publicDir);
  planOrExplain(loaded, false, sound.transcript);
  const inputProps = await formatProps(loaded, options.format, publicDir, sound, false);
  const browser = { browserExecutable: options.browserExecutable, chromeMode: options.browserExecutable ? ('chrome-for-testing' as const) : ('headless-shell' as const) };
  const composition = await selectComposition({ serveUrl, id: FORMATS[options.format].id, inputProps, ...browser, logLevel: 'error' });
  const started = performance.now();
  await renderMedia({
    composition,
    serveUrl,
    codec: 'h264',
    outputLocation: options.output,
    inputProps,
    ...browser,
    overwrite: true,
    logLevel: 'error',
  });
  return { seconds: (performance.now() - started) / 1000, frames: composition.durationInFrames };
}
