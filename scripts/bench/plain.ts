/**
 * The bench's reference: one story through a plain `renderMedia` with Remotion's default
 * settings, in a process of its own so its memory is measured alone.
 *   npx tsx scripts/bench/plain.ts STORY FORMAT OUTPUT
 * Prints {"seconds": …, "frames": …}: seconds of renderMedia alone (which opens its own browser).
 */
import { chooseBrowser } from '../../src/render/browser';
import { getBundle } from '../../src/render/bundle';
import { renderPlain } from '../../src/render/plain-render';
import { loadStory } from '../../src/story/load';
import type { FormatId } from '../../src/formats/formats';

const [storyFile, format, output] = process.argv.slice(2);
if (!storyFile || !format || !output) throw new Error('usage: plain.ts STORY FORMAT OUTPUT');
const result = await loadStory(storyFile);
if (!result.ok) throw new Error(`${storyFile} is not a valid story`);
const bundle = await getBundle();
const measured = await renderPlain({ loaded: result.loaded, format: format as FormatId, serveUrl: bundle.serveUrl, browserExecutable: chooseBrowser(undefined).executable, output });
console.log(JSON.stringify(measured));
