/**
 * Measures the shipped faces once and writes the advance width of every character they cover,
 * in ems, to src/theme/font-metrics.json. Captions are broken against these real widths, and
 * story text is checked against its boxes with them, in Node and in the browser alike.
 *   npx tsx scripts/make-font-metrics.ts
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import * as fontkit from 'fontkit';

const require = createRequire(import.meta.url);
const FACES: Record<string, string[]> = {
  'inter-700': ['@fontsource/inter/files/inter-latin-700-normal.woff2', '@fontsource/inter/files/inter-latin-ext-700-normal.woff2'],
  'serif-700': ['@fontsource/source-serif-4/files/source-serif-4-latin-700-normal.woff2', '@fontsource/source-serif-4/files/source-serif-4-latin-ext-700-normal.woff2'],
  'serif-600': ['@fontsource/source-serif-4/files/source-serif-4-latin-600-normal.woff2', '@fontsource/source-serif-4/files/source-serif-4-latin-ext-600-normal.woff2'],
};

const faces: Record<string, Record<string, number>> = {};
for (const [name, files] of Object.entries(FACES)) {
  const widths: Record<string, number> = {};
  for (const file of files) {
    const font = fontkit.create(readFileSync(require.resolve(file))) as fontkit.Font;
    for (const codePoint of font.characterSet) {
      if (codePoint < 0x20 || String(codePoint) in widths) continue;
      widths[codePoint] = Math.round((font.glyphForCodePoint(codePoint).advanceWidth / font.unitsPerEm) * 1000) / 1000;
    }
  }
  faces[name] = widths;
}
const target = new URL('../src/theme/font-metrics.json', import.meta.url);
writeFileSync(target, `${JSON.stringify({ unit: 'em', faces })}\n`);
console.log(`wrote ${Object.keys(faces).join(', ')} to ${target.pathname}`);
