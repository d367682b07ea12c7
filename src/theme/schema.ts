import { zColor } from '@remotion/zod-types';
import { z } from 'zod';
import { worstContrast } from './contrast';

/** WCAG AA for normal text. */
export const MIN_CONTRAST = 4.5;

export const ThemeColorsSchema = z.strictObject({
  /** Cards and the close. */
  background: zColor().default('#0e1a2b'),
  /** Text on `background`. */
  text: zColor().default('#ffffff'),
  /** Kicker chip, rules and figure highlights. */
  accent: zColor().default('#c8102e'),
  /** Text on `accent`. */
  accentText: zColor().default('#ffffff'),
  /** Box behind every caption line; may be translucent. */
  captionBackground: zColor().default('rgba(0, 0, 0, 0.82)'),
  captionText: zColor().default('#ffffff'),
});

/** The text/background pairs that must reach {@link MIN_CONTRAST}. */
const CONTRAST_PAIRS = [
  ['text', 'background'],
  ['accentText', 'accent'],
  ['captionText', 'captionBackground'],
] as const;

export const ThemeSchema = z.strictObject({
  colors: ThemeColorsSchema.prefault({}).superRefine((colors, ctx) => {
    for (const [fg, bg] of CONTRAST_PAIRS) {
      let ratio: number;
      try {
        ratio = worstContrast(colors[fg], colors[bg]);
      } catch {
        continue; // an unreadable colour is already reported by zColor
      }
      if (ratio < MIN_CONTRAST) {
        ctx.addIssue({
          code: 'custom',
          path: [fg],
          message: `contrast of ${fg} ${colors[fg]} on ${bg} ${colors[bg]} is ${ratio.toFixed(2)}:1, below ${MIN_CONTRAST}:1 (WCAG AA); pick a lighter or darker colour`,
        });
      }
    }
  }),
  /** Logo shown in the close: an SVG or PNG file, relative to the file that names it. */
  logo: z.string().trim().min(1).max(2048).optional(),
  /** Face of the headline, standfirst and quotes: the shipped serif (default) or sans. */
  headlineFont: z.enum(['serif', 'sans'], { error: 'must be serif or sans' }).default('serif'),
  /** Brand name shown in the close. */
  brand: z.string().trim().min(1).max(40).default('news60'),
  /** Last line of the close, e.g. "Follow for more". */
  outroText: z.string().trim().min(1).max(60).default('Follow for the latest'),
});

export type Theme = z.output<typeof ThemeSchema>;
export type ThemeColors = z.output<typeof ThemeColorsSchema>;

/** The theme used when a story sets none. */
export const DEFAULT_THEME: Theme = ThemeSchema.parse({});
