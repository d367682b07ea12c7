/**
 * Contact sheets of stories in every format: one frame from the middle of each segment.
 *   npx tsx scripts/contact-sheets.ts [story.json…] [--out DIR]
 * Default: every sample story in assets/stories, into out/contact/.
 */
import { mkdir, readdir } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { FORMAT_IDS } from '../src/formats/formats';
import { chooseBrowser, launchBrowser } from '../src/render/browser';
import { getBundle } from '../src/render/bundle';
import { contactSheet } from '../src/render/contact-sheet';
import { formatProblem, loadStory } from '../src/story/load';

const { values, positionals } = parseArgs({ allowPositionals: true, options: { out: { type: 'string' } } });
const outDir = values.out ?? path.join('out', 'contact');
const files = positionals.length > 0 ? positionals : (await readdir('assets/stories')).map((name) => path.join('assets/stories', name));
await mkdir(outDir, { recursive: true });
const bundle = await getBundle();
const browser = await launchBrowser(chooseBrowser(undefined));
try {
  for (const file of files) {
    const result = await loadStory(file);
    if (!result.ok) {
      result.problems.forEach((problem) => console.error(formatProblem(problem)));
      process.exitCode = 2;
      continue;
    }
    for (const format of FORMAT_IDS) {
      const sheet = await contactSheet({ loaded: result.loaded, format, serveUrl: bundle.serveUrl, browser, outDir });
      console.log(sheet.file);
    }
  }
} finally {
  await browser.close({ silent: true });
}
