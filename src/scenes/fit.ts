import { fitTextOnNLines } from '@remotion/layout-utils';

type FitOptions = {
  readonly text: string;
  readonly width: number;
  readonly fontFamily: string;
  readonly fontWeight: number;
  readonly maxFontSize: number;
  readonly fontVariantNumeric?: string;
};

/**
 * The measurer breaks lines only at spaces; Chinese and Japanese break between characters, so
 * they are measured with a hair space between them (slightly wide, never too small).
 */
const measurable = (text: string) => text.replace(/([\u2e80-\u9fff\uac00-\ud7a3\uf900-\ufaff\uff00-\uffef])(?=\S)/gu, '$1 ');

/**
 * Largest font size at which `text` fits on `maxLines` lines of `width`, capped at
 * `maxFontSize`. Measured in the browser with the loaded font; call it once per text (memoise).
 */
export function fitFontSize(options: FitOptions & { readonly maxLines: number }): number {
  const { fontSize } = fitTextOnNLines({
    text: measurable(options.text),
    maxBoxWidth: options.width,
    fontVariantNumeric: options.fontVariantNumeric,
    maxLines: options.maxLines,
    fontFamily: options.fontFamily,
    fontWeight: options.fontWeight,
    maxFontSize: options.maxFontSize,
    validateFontIsLoaded: false,
  });
  // Measured widths are fractional; a pixel of headroom keeps the last word on its line.
  return Math.max(1, Math.floor(fontSize) - 1);
}

/**
 * Largest font size at which `text` fits a box of `width` × `height` at `lineHeight`, trying
 * one line, two lines, and so on, as long as the lines still fit the height.
 */
export function fitFontSizeToBox(options: FitOptions & { readonly height: number; readonly lineHeight: number }): number {
  let best = 1;
  for (let lines = 1; lines <= 12; lines++) {
    const size = fitFontSize({ ...options, maxLines: lines });
    if (lines * size * options.lineHeight > options.height) break;
    best = Math.max(best, size);
    if (size >= options.maxFontSize - 1) break;
  }
  return best;
}
