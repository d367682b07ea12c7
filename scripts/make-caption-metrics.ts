/**
 * Measures the caption font (Inter Bold, the shipped fontsource files) once and writes the
 * advance width of every character it covers, in ems, to src/captions/caption-font-metrics.json.
 * The caption engine breaks lines against these real widths, in Node and in the browser alike.
 *   npx tsx scripts/make-caption-metrics.ts
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import * as fontkit from 'fontkit';

const require = createRequire(import.meta.url);
const FILES = ['@fontsource/inter/files/inter-latin-700-normal.woff2', '@fontsource/inter/files/inter-latin-ext-700-normal.woff2'];

const widths: Record<string, number> = {};
for (const file of FILES) {
  const font = fontkit.create(readFileSync(require.resolve(file))) as fontkit.Font;
  for (const codePoint of font.characterSet) {
    if (codePoint < 0x20 || String(codePoint) in widths) continue;
    const glyph = font.glyphForCodePoint(codePoint);
    widths[codePoint] = Math.round((glyph.advanceWidth / font.unitsPerEm) * 1000) / 1000;
  }
}
const target = new URL('../src/captions/caption-font-metrics.json', import.meta.url);
writeFileSync(target, `${JSON.stringify({ font: 'Inter 700', unit: 'em', widths })}\n`);
console.log(`wrote ${Object.keys(widths).length} widths to ${target.pathname}`);
