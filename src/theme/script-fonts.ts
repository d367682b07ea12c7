import japaneseSubsets from '@fontsource/noto-sans-jp/unicode.json';
import arabic700 from '@fontsource/noto-sans-arabic/files/noto-sans-arabic-arabic-700-normal.woff2';
import arabic400 from '@fontsource/noto-sans-arabic/files/noto-sans-arabic-arabic-400-normal.woff2';
import hebrew700 from '@fontsource/noto-sans-hebrew/files/noto-sans-hebrew-hebrew-700-normal.woff2';
import hebrew400 from '@fontsource/noto-sans-hebrew/files/noto-sans-hebrew-hebrew-400-normal.woff2';
import { subsetsFor } from './unicode-ranges';

/**
 * Noto faces for the scripts Inter and Source Serif 4 lack, shipped in npm packages and
 * bundled: Arabic and Hebrew whole; Japanese (which also covers most Chinese characters) in
 * the fontsource subsets that the story's own text needs, so a story loads a few files, not
 * hundreds. Colour emoji come from the system's Noto Color Emoji (scripts/setup.sh installs
 * it): fontsource's colour emoji files draw nothing in headless Chromium.
 */
export type FontFace = { readonly family: string; readonly url: string; readonly weight: string; readonly unicodeRange?: string };

/**
 * Every subset file of a package, by subset key ("[12]"), as bundled URLs. The folder is named
 * by path: fontsource's exports map lets single files be imported but not a folder be listed.
 */
function subsetFiles(context: WebpackContext, pattern: RegExp): Map<string, string> {
  const files = new Map<string, string>();
  for (const key of context.keys()) {
    const match = pattern.exec(key);
    if (match) files.set(`[${match[1]}]`, context(key) as string);
  }
  return files;
}

const JAPANESE = subsetFiles(
  import.meta.webpackContext('../../node_modules/@fontsource/noto-sans-jp/files', { recursive: false, regExp: /noto-sans-jp-\d+-700-normal\.woff2$/ }),
  /noto-sans-jp-(\d+)-700-normal\.woff2$/,
);

const ARABIC_RANGE = 'U+0600-06FF, U+0750-077F, U+0870-088E, U+0890-0891, U+0898-08E1, U+08E3-08FF, U+200C-200E, U+2010-2011, U+204F, U+2E41, U+FB50-FDFF, U+FE70-FE74, U+FE76-FEFC';
const HEBREW_RANGE = 'U+0307-0308, U+0590-05FF, U+200C-2010, U+20AA, U+25CC, U+FB1D-FB4F';

/**
 * The faces a text needs beyond the Latin ones. Each is registered at one plain weight (a range
 * such as "500 900" kept Chromium from matching the family's other faces); the nearest serves.
 */
export function scriptFacesFor(text: string): FontFace[] {
  const faces: FontFace[] = [];
  if (/[\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufefc]/u.test(text)) {
    faces.push({ family: 'Noto Sans Arabic', url: arabic400, weight: '400', unicodeRange: ARABIC_RANGE });
    faces.push({ family: 'Noto Sans Arabic', url: arabic700, weight: '700', unicodeRange: ARABIC_RANGE });
  }
  if (/[\u0590-\u05ff\ufb1d-\ufb4f]/u.test(text)) {
    faces.push({ family: 'Noto Sans Hebrew', url: hebrew400, weight: '400', unicodeRange: HEBREW_RANGE });
    faces.push({ family: 'Noto Sans Hebrew', url: hebrew700, weight: '700', unicodeRange: HEBREW_RANGE });
  }
  const wide = [...text].filter((char) => char.codePointAt(0)! >= 0x2e80).join('');
  for (const key of subsetsFor(wide, japaneseSubsets)) {
    const url = JAPANESE.get(key);
    if (url) faces.push({ family: 'Noto Sans JP', url, weight: '700', unicodeRange: japaneseSubsets[key as keyof typeof japaneseSubsets] });
  }
  return faces;
}
