import { AbsoluteFill } from 'remotion';
import { Backdrop } from './Backdrop';
import { quotationMarks } from '../captions/narration';
import type { Quote } from '../story/schema';
import { SERIF } from '../theme/fonts';
import type { Theme } from '../theme/schema';
import type { Layout } from './layout';
import { LowerThird } from './LowerThird';
import { riseIn, useEnter } from './use-enter';

type QuoteSceneProps = {
  readonly quote: Quote;
  readonly locale: string;
  /** Show the quote's words on the card; false when the captions read them. */
  readonly showText: boolean;
  readonly theme: Theme;
  readonly layout: Layout;
  /** The story photo, held far back under the card; null for none. */
  readonly photo: { readonly src: string; readonly alt: string } | null;
};

const PHOTO_VEIL_OPACITY = 0.85;

/**
 * A quotation: a large opening mark, the speaker's lower third, and the words themselves
 * in the captions (or, when the story has its own narration, on the card).
 */
export const QuoteScene: React.FC<QuoteSceneProps> = ({ quote, locale, showText, theme, layout, photo }) => {
  const { quoteMark: box, scale } = layout;
  const enter = useEnter();
  const [open, close] = quotationMarks(locale);
  return (
    <AbsoluteFill style={{ backgroundColor: theme.colors.background }}>
      {photo ? (
        <>
          <Backdrop src={photo.src} alt={photo.alt} />
          {/* A flat veil, not a filter: cheap to paint, and the frames hold still. */}
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
        <div style={{ fontFamily: SERIF, fontWeight: 700, fontSize: Math.round(360 * scale), lineHeight: 0.8, height: Math.round(220 * scale), color: theme.colors.accent }}>
          {open.trim()}
        </div>
        {showText ? (
          <div style={{ fontFamily: SERIF, fontWeight: 600, fontSize: Math.round(54 * scale), lineHeight: 1.2, color: theme.colors.text, overflowWrap: 'anywhere' }}>
            {quote.text}
            {close.trim()}
          </div>
        ) : null}
      </div>
      <LowerThird name={quote.speaker} role={quote.role} theme={theme} box={layout.lowerThird} scale={scale} />
    </AbsoluteFill>
  );
};
