import { typographic } from '../story/typography';
import { useMemo } from 'react';
import { AbsoluteFill } from 'remotion';
import { fitFontSizeToBox } from './fit';
import { QUOTE_LINE_HEIGHT, quoteCard, quoteTextBox } from './text-boxes';
import { Backdrop } from './Backdrop';
import { quotationMarks } from '../captions/narration';
import type { Quote } from '../story/schema';
import { headlineFace, SANS, SERIF } from '../theme/fonts';
import type { Theme } from '../theme/schema';
import type { Box, Layout } from './layout';
import { LowerThird } from './LowerThird';
import { riseIn, useEnter } from './use-enter';

type QuoteSceneProps = {
  readonly quote: Quote;
  readonly locale: string;
  /** Show the quote's words on the card; false when the captions read them. */
  readonly showText: boolean;
  readonly theme: Theme;
  readonly layout: Layout;
  /** The room this scene's own text has, clear of captions and lower third. */
  readonly stage: Box;
  /** The speaker's first appearance gets the lower third; later ones a name line on the card. */
  readonly firstAppearance: boolean;
  /** The story photo, held far back under the card; null for none. */
  readonly photo: { readonly src: string; readonly alt: string } | null;
};

const PHOTO_VEIL_OPACITY = 0.85;

/**
 * A quotation: a large opening mark, the speaker's lower third, and the words themselves
 * in the captions (or, when the story has its own narration, on the card).
 */
export const QuoteScene: React.FC<QuoteSceneProps> = ({ quote, locale, showText, firstAppearance, theme, layout, stage, photo }) => {
  const box = stage;
  const { scale } = layout;
  const enter = useEnter();
  const [open, close] = quotationMarks(locale);
  const { markSize, markHeight, nameSize, nameHeight } = quoteCard(scale, showText, firstAppearance);
  const face = headlineFace(theme.headlineFont);
  const quoted = typographic(`${quote.text}${close.trim()}`);
  const textSize = useMemo(() => {
    if (!showText) return 0;
    const text = quoteTextBox(box, scale, firstAppearance, theme.headlineFont);
    return fitFontSizeToBox({ text: quoted, width: text.width, height: text.height, lineHeight: text.lineHeight, fontFamily: face.measure, fontWeight: 600, maxFontSize: text.maxFontSize });
  }, [showText, quoted, box, scale, firstAppearance, theme.headlineFont, face.measure]);
  return (
    <AbsoluteFill style={{ backgroundColor: theme.colors.background }}>
      {photo ? (
        <>
          <Backdrop src={photo.src} alt={photo.alt} />
          {/* A flat veil rather than a filter effect, cheap to paint; the frames hold still. */}
          <AbsoluteFill style={{ backgroundColor: theme.colors.background, opacity: PHOTO_VEIL_OPACITY }} />
        </>
      ) : null}
      <div
        style={{
          position: 'absolute',
          left: box.left,
          top: box.top,
          width: box.width,
          height: box.height,
          display: 'flex',
          flexDirection: 'column',
          justifyContent: 'center',
          ...riseIn(enter, 40 * scale),
        }}
      >
        <div style={{ fontFamily: SERIF, fontWeight: 700, fontSize: markSize, lineHeight: 0.8, height: markHeight, color: theme.colors.accent }}>
          {open.trim()}
        </div>
        {firstAppearance ? null : (
          <div dir="auto" style={{ fontFamily: SANS, fontWeight: 800, fontSize: nameSize, lineHeight: 1.2, height: nameHeight, color: theme.colors.text }}>
            {quote.speaker}
          </div>
        )}
        {showText ? (
          <div dir="auto" style={{ fontFamily: face.css, fontWeight: 600, fontSize: textSize, lineHeight: QUOTE_LINE_HEIGHT, color: theme.colors.text }}>
            {quoted}
          </div>
        ) : null}
      </div>
      {firstAppearance ? <LowerThird name={quote.speaker} role={quote.role} theme={theme} box={layout.lowerThird} scale={scale} /> : null}
    </AbsoluteFill>
  );
};
