import metrics from './font-metrics.json';

/**
 * Width of text in ems of a shipped face, from the face's own advance widths
 * (scripts/make-font-metrics.ts). Characters the face lacks are drawn by the Noto fallbacks;
 * their widths are estimated by script.
 */
export type FaceName = keyof typeof metrics.faces;

/** The caption face. */
export const CAPTION_FACE: FaceName = 'inter-700';

/** Noto Sans CJK and fullwidth forms: one em a character. */
const WIDE = /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua960-\ua97f\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u;
const EMOJI = /\p{Extended_Pictographic}/u;
/** Average advance of other scripts' Noto faces (Arabic, Hebrew, Cyrillic, Greek…) in bold. */
const OTHER_EM = 0.6;

export function charWidthEm(char: string, face: FaceName = CAPTION_FACE): number {
  const known = (metrics.faces[face] as Record<string, number>)[char.codePointAt(0)!];
  if (known !== undefined) return known;
  if (WIDE.test(char)) return 1;
  if (EMOJI.test(char)) return 1.25;
  // Combining marks, joiners and variation selectors take no room of their own.
  if (/[\p{M}\u200b-\u200f\u2060\ufe0f]/u.test(char)) return 0;
  return OTHER_EM;
}

export function textWidthEm(text: string, face: FaceName = CAPTION_FACE): number {
  let width = 0;
  for (const char of text) width += charWidthEm(char, face);
  return width;
}

/** True for text in a script written without spaces between words (Chinese, Japanese). */
export const isWideChar = (char: string): boolean => WIDE.test(char);
