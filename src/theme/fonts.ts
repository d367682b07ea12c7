import { loadFont } from '@remotion/fonts';
import interBold from '@fontsource/inter/files/inter-latin-700-normal.woff2';
import interExtraBold from '@fontsource/inter/files/inter-latin-800-normal.woff2';
import interRegular from '@fontsource/inter/files/inter-latin-400-normal.woff2';
import interSemiBold from '@fontsource/inter/files/inter-latin-600-normal.woff2';
import interExtRegular from '@fontsource/inter/files/inter-latin-ext-400-normal.woff2';
import interExtSemiBold from '@fontsource/inter/files/inter-latin-ext-600-normal.woff2';
import interExtBold from '@fontsource/inter/files/inter-latin-ext-700-normal.woff2';
import serifBold from '@fontsource/source-serif-4/files/source-serif-4-latin-700-normal.woff2';
import serifSemiBold from '@fontsource/source-serif-4/files/source-serif-4-latin-600-normal.woff2';
import serifExtBold from '@fontsource/source-serif-4/files/source-serif-4-latin-ext-700-normal.woff2';
import interCyrillic400 from '@fontsource/inter/files/inter-cyrillic-400-normal.woff2';
import interCyrillic700 from '@fontsource/inter/files/inter-cyrillic-700-normal.woff2';
import interGreek400 from '@fontsource/inter/files/inter-greek-400-normal.woff2';
import interGreek700 from '@fontsource/inter/files/inter-greek-700-normal.woff2';
import serifCyrillic700 from '@fontsource/source-serif-4/files/source-serif-4-cyrillic-700-normal.woff2';
import serifGreek700 from '@fontsource/source-serif-4/files/source-serif-4-greek-700-normal.woff2';
import { scriptFacesFor } from './script-fonts';

/**
 * Fonts ship inside the package (fontsource woff2 files bundled by webpack) and are loaded
 * before the first frame, so nothing is fetched from the network at render time. Scripts
 * these files lack fall back to the system's Noto fonts.
 */
export const SANS = 'Inter, "Noto Sans Arabic", "Noto Sans Hebrew", "Noto Sans JP", "Noto Color Emoji", "Noto Sans", "Noto Sans CJK SC", sans-serif';
export const SERIF = '"Source Serif 4", "Noto Sans Arabic", "Noto Sans Hebrew", "Noto Sans JP", "Noto Color Emoji", "Noto Serif", "Noto Serif CJK SC", serif';

const LATIN = 'U+0000-00FF, U+0131, U+0152-0153, U+02BB-02BC, U+02C6, U+02DA, U+02DC, U+0304, U+0308, U+0329, U+2000-206F, U+20AC, U+2122, U+2191, U+2193, U+2212, U+2215, U+FEFF, U+FFFD';
const CYRILLIC = 'U+0301, U+0400-045F, U+0490-0491, U+04B0-04B1, U+2116';
const GREEK = 'U+0370-0377, U+037A-037F, U+0384-038A, U+038C, U+038E-03A1, U+03A3-03FF';
const LATIN_EXT = 'U+0100-02BA, U+02BD-02C5, U+02C7-02CC, U+02CE-02D7, U+02DD-02FF, U+0304, U+0308, U+0329, U+1D00-1DBF, U+1E00-1E9F, U+1EF2-1EFF, U+2020, U+20A0-20AB, U+20AD-20C0, U+2113, U+2C60-2C7F, U+A720-A7FF';

const FACES = [
  { family: 'Inter', url: interRegular, weight: '400', unicodeRange: LATIN },
  { family: 'Inter', url: interSemiBold, weight: '600', unicodeRange: LATIN },
  { family: 'Inter', url: interBold, weight: '700', unicodeRange: LATIN },
  { family: 'Inter', url: interExtraBold, weight: '800', unicodeRange: LATIN },
  { family: 'Inter', url: interExtRegular, weight: '400', unicodeRange: LATIN_EXT },
  { family: 'Inter', url: interExtSemiBold, weight: '600', unicodeRange: LATIN_EXT },
  { family: 'Inter', url: interExtBold, weight: '700', unicodeRange: LATIN_EXT },
  { family: 'Source Serif 4', url: serifSemiBold, weight: '600', unicodeRange: LATIN },
  { family: 'Source Serif 4', url: serifBold, weight: '700', unicodeRange: LATIN },
  { family: 'Source Serif 4', url: serifExtBold, weight: '700', unicodeRange: LATIN_EXT },
  { family: 'Inter', url: interCyrillic400, weight: '400', unicodeRange: CYRILLIC },
  { family: 'Inter', url: interCyrillic700, weight: '700', unicodeRange: CYRILLIC },
  { family: 'Inter', url: interGreek400, weight: '400', unicodeRange: GREEK },
  { family: 'Inter', url: interGreek700, weight: '700', unicodeRange: GREEK },
  { family: 'Source Serif 4', url: serifCyrillic700, weight: '700', unicodeRange: CYRILLIC },
  { family: 'Source Serif 4', url: serifGreek700, weight: '700', unicodeRange: GREEK },
] as const;

const loaded = new Map<string, Promise<void>>();

/**
 * Loads the shipped Latin faces, and the script and emoji faces the given text needs, each
 * once per page; rendering waits for them.
 */
export function loadFonts(text: string): Promise<unknown> {
  const faces = [...FACES, ...scriptFacesFor(text)];
  return Promise.all(
    faces.map((face) => {
      const key = `${face.family}|${face.url}|${face.weight}`;
      if (!loaded.has(key)) loaded.set(key, loadFont({ ...face, format: 'woff2' }));
      return loaded.get(key)!;
    }),
  );
}

/** The face of headline, standfirst and quotes the theme asks for: CSS stack, and the family to measure with. */
export function headlineFace(headlineFont: 'serif' | 'sans'): { readonly css: string; readonly measure: string } {
  return headlineFont === 'sans' ? { css: SANS, measure: 'Inter' } : { css: SERIF, measure: '"Source Serif 4"' };
}
