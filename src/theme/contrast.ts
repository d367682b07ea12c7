import { ZodZypesInternals } from '@remotion/zod-types';

/** An opaque colour, channels 0–255. */
export type Rgb = { readonly r: number; readonly g: number; readonly b: number };

/** WCAG 2.x relative luminance of an sRGB colour. */
export function relativeLuminance({ r, g, b }: Rgb): number {
  const linear = (channel: number) => {
    const c = channel / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

/** WCAG contrast ratio between two opaque colours, 1 to 21. */
export function contrastRatio(a: Rgb, b: Rgb): number {
  const [light, dark] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

const over = (top: { a: number } & Rgb, under: Rgb): Rgb => {
  const alpha = top.a / 255;
  return {
    r: top.r * alpha + under.r * (1 - alpha),
    g: top.g * alpha + under.g * (1 - alpha),
    b: top.b * alpha + under.b * (1 - alpha),
  };
};

const WHITE: Rgb = { r: 255, g: 255, b: 255 };
const BLACK: Rgb = { r: 0, g: 0, b: 0 };

/**
 * Worst contrast of a text colour on a background colour that may be translucent: a
 * translucent background is laid over whatever the photo shows, so both a white and a black
 * photo are tried.
 */
export function worstContrast(textColor: string, backgroundColor: string): number {
  const fg = ZodZypesInternals.parseColor(textColor);
  const bg = ZodZypesInternals.parseColor(backgroundColor);
  return Math.min(
    ...[WHITE, BLACK].map((photo) => {
      const background = over(bg, photo);
      return contrastRatio(over(fg, background), background);
    }),
  );
}
