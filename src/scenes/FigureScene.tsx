import { useMemo } from 'react';
import { AbsoluteFill, Easing, interpolate, useCurrentFrame, useVideoConfig } from 'remotion';
import { formatFigureValue } from '../story/figure-text';
import type { Figure } from '../story/schema';
import { SANS } from '../theme/fonts';
import type { Theme } from '../theme/schema';
import { COUNT_UP_SECONDS, ENTER_SECONDS, toFrames } from '../timeline/motion-constants';
import { FigureBars } from './FigureBars';
import { fitFontSize } from './fit';
import type { ComparedFigure } from './resolve';
import type { Box, Layout } from './layout';
import { riseIn, useEnter } from './use-enter';

type FigureSceneProps = {
  readonly figure: Figure;
  readonly locale: string;
  /** The figures that share this one's unit, drawn as bars; absent when it has no partner. */
  readonly comparison?: readonly ComparedFigure[];
  readonly theme: Theme;
  readonly layout: Layout;
  /** The room this scene's own text has, clear of captions and lower third. */
  readonly stage: Box;
};

const NUMBER_MAX_FONT = 230;
const TABULAR = 'tabular-nums';

/** A figure card: approximation word, the number counting up, what it counts and who says so. */
export const FigureScene: React.FC<FigureSceneProps> = ({ figure, locale, comparison, theme, layout, stage }) => {
  const frame = useCurrentFrame();
  const { fps } = useVideoConfig();
  const box = stage;
  const { scale } = layout;
  const enter = useEnter();
  const countStart = toFrames(ENTER_SECONDS, fps);
  const counted = interpolate(frame, [countStart, countStart + toFrames(COUNT_UP_SECONDS, fps)], [0, 1], {
    extrapolateLeft: 'clamp',
    extrapolateRight: 'clamp',
    easing: Easing.out(Easing.cubic),
  });
  const finalText = useMemo(() => formatFigureValue(figure, locale), [figure, locale]);
  // Sized for the final number so the count-up never changes the font size.
  const fontSize = useMemo(
    () =>
      fitFontSize({
        text: finalText,
        width: box.width,
        maxLines: 1,
        fontFamily: 'Inter',
        fontWeight: 800,
        fontVariantNumeric: TABULAR,
        maxFontSize: Math.round(NUMBER_MAX_FONT * scale),
      }),
    [finalText, box.width, scale],
  );
  const shown = counted >= 1 ? finalText : formatFigureValue(figure, locale, figure.value * counted);
  return (
    <AbsoluteFill style={{ backgroundColor: theme.colors.background, color: theme.colors.text, fontFamily: SANS }}>
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
          alignItems: 'flex-start',
          ...riseIn(enter, 40 * scale),
        }}
      >
        {figure.approx ? (
          <div style={{ fontWeight: 800, fontSize: Math.round(48 * scale), letterSpacing: '0.06em', textTransform: 'uppercase', color: theme.colors.text }}>
            {figure.approx}
          </div>
        ) : null}
        {/* Tabular digits: the count-up never grows wider than the final number it was sized for. */}
        <div style={{ fontWeight: 800, fontSize, lineHeight: 1.05, whiteSpace: 'nowrap', fontVariantNumeric: TABULAR }}>{shown}</div>
        <div style={{ width: Math.round(120 * scale), height: Math.round(10 * scale), backgroundColor: theme.colors.accent, margin: `${Math.round(24 * scale)}px 0` }} />
        <div dir="auto" style={{ fontWeight: 700, fontSize: Math.round(64 * scale), lineHeight: 1.15, overflowWrap: 'anywhere' }}>{figure.label}</div>
        {figure.source ? (
          <div style={{ fontWeight: 400, fontSize: Math.round(34 * scale), lineHeight: 1.3, marginTop: Math.round(20 * scale), opacity: 0.85, overflowWrap: 'anywhere' }}>
            Source: {figure.source}
          </div>
        ) : null}
        {comparison ? <FigureBars figures={comparison} progress={counted} theme={theme} width={Math.round(box.width * 0.8)} scale={scale} /> : null}
      </div>
    </AbsoluteFill>
  );
};
