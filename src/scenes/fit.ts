import { fitTextOnNLines } from '@remotion/layout-utils';

/**
 * Largest font size at which `text` fits on `maxLines` lines of `width`, capped at
 * `maxFontSize`. Measured in the browser with the loaded font; call it once per text (memoise).
 */
export function fitFontSize(options: {
  readonly text: string;
  readonly width: number;
  readonly maxLines: number;
  readonly fontFamily: string;
  readonly fontWeight: number;
  readonly maxFontSize: number;
}): number {
  const { fontSize } = fitTextOnNLines({
    text: options.text,
    maxBoxWidth: options.width,
    maxLines: options.maxLines,
    fontFamily: options.fontFamily,
    fontWeight: options.fontWeight,
    maxFontSize: options.maxFontSize,
    validateFontIsLoaded: false,
  });
  // Measured widths are fractional; a pixel of headroom keeps the last word on its line.
  return Math.max(1, Math.floor(fontSize) - 1);
}
