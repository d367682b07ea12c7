import type { FaceName } from '../theme/text-width';
import type { Box } from './layout';

/**
 * The room each fitted text has inside its scene, its largest and smallest font sizes, and the
 * face it is measured in. The scenes lay text out with these; validation checks, before any
 * render, that the story's text fits them at the smallest size.
 */
export type TextBox = {
  readonly width: number;
  readonly height: number;
  readonly lineHeight: number;
  readonly maxFontSize: number;
  /** Below this the text is too small to read on a phone: the story is rejected instead. */
  readonly minFontSize: number;
  readonly face: FaceName;
};

export const HEADLINE_LINE_HEIGHT = 1.12;
export const STANDFIRST_LINE_HEIGHT = 1.25;
export const QUOTE_LINE_HEIGHT = 1.2;

/** Padding and accent bar of the headline panel, the kicker chip above it. */
export const headlinePanel = (scale: number) => ({ padding: Math.round(40 * scale), accentBar: Math.round(10 * scale), kickerSize: Math.round(32 * scale) });

export function headlineTextBox(stage: Box, scale: number, hasKicker: boolean, headlineFont: 'serif' | 'sans'): TextBox {
  const { padding, accentBar, kickerSize } = headlinePanel(scale);
  const kickerHeight = hasKicker ? Math.ceil(kickerSize * 1.8) : 0;
  return {
    width: stage.width - 2 * padding - accentBar,
    height: stage.height - kickerHeight - 2 * padding,
    lineHeight: HEADLINE_LINE_HEIGHT,
    maxFontSize: Math.round(92 * scale),
    minFontSize: Math.round(44 * scale),
    face: headlineFont === 'sans' ? 'inter-700' : 'serif-700',
  };
}

export const standfirstPadding = (scale: number) => Math.round(36 * scale);

export function standfirstTextBox(stage: Box, scale: number, headlineFont: 'serif' | 'sans'): TextBox {
  const padding = standfirstPadding(scale);
  return {
    width: stage.width - 2 * padding,
    height: stage.height - 2 * padding,
    lineHeight: STANDFIRST_LINE_HEIGHT,
    maxFontSize: Math.round(60 * scale),
    minFontSize: Math.round(34 * scale),
    face: headlineFont === 'sans' ? 'inter-700' : 'serif-600',
  };
}

/** The quote card: a large opening mark, the speaker's name when the lower third is not shown, the words. */
export const quoteCard = (scale: number, showText: boolean, firstAppearance: boolean) => {
  const markSize = Math.round((showText ? 240 : 360) * scale);
  const nameSize = Math.round(40 * scale);
  return { markSize, markHeight: Math.round(markSize * 0.6), nameSize, nameHeight: firstAppearance ? 0 : Math.ceil(nameSize * 1.6) };
};

export function quoteTextBox(stage: Box, scale: number, firstAppearance: boolean, headlineFont: 'serif' | 'sans'): TextBox {
  const { markHeight, nameHeight } = quoteCard(scale, true, firstAppearance);
  return {
    width: stage.width,
    height: stage.height - markHeight - nameHeight,
    lineHeight: QUOTE_LINE_HEIGHT,
    maxFontSize: Math.round(60 * scale),
    minFontSize: Math.round(34 * scale),
    face: headlineFont === 'sans' ? 'inter-700' : 'serif-600',
  };
}
