/**
 * Contact sheets of stories in every format: one frame from the middle of each segment.
 *   npx tsx scripts/contact-sheets.ts [story.json…] [--out DIR] [--theme FILE]
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
import { applyThemeFile, loadThemeFile } from '../src/theme/load';

const { values, positionals } = parseArgs({ allowPositionals: true, options: { out: { type: 'string' }, theme: { type: 'string' } } });
const theme = values.theme ? await loadThemeFile(values.theme) : null;
if (theme && !theme.ok) {
  theme.problems.forEach((problem) => console.error(formatProblem(problem)));
  process.exit(2);
}
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
      const loaded = applyThemeFile(result.loaded, theme?.ok ? theme.themeFile : null);
      const sheet = await contactSheet({ loaded, format, serveUrl: bundle.serveUrl, browser, outDir });
      console.log(sheet.file);
    }
  }
} finally {
  await browser.close({ silent: true });
}
