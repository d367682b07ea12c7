import { typographic } from '../story/typography';
import { useMemo } from 'react';
import { AbsoluteFill } from 'remotion';
import { headlineFace } from '../theme/fonts';
import type { Theme } from '../theme/schema';
import { fitFontSizeToBox } from './fit';
import { STANDFIRST_LINE_HEIGHT, standfirstPadding, standfirstTextBox } from './text-boxes';
import { Kicker } from './Kicker';
import type { Box, Layout } from './layout';
import { riseIn, useEnter } from './use-enter';

type ContextSceneProps = {
  readonly kicker?: string;
  /** Shown on a panel when the captions do not read it (a voiceover or the story's own narration). */
  readonly standfirst?: string;
  readonly theme: Theme;
  readonly layout: Layout;
  readonly stage: Box;
};


/** The photo, held, under the kicker, while the captions read the standfirst or a panel shows it. */
export const ContextScene: React.FC<ContextSceneProps> = ({ kicker, standfirst, theme, layout, stage }) => {
  const enter = useEnter();
  const padding = standfirstPadding(layout.scale);
  const face = headlineFace(theme.headlineFont);
  const fontSize = useMemo(() => {
    if (!standfirst) return 0;
    const text = standfirstTextBox(stage, layout.scale, theme.headlineFont);
    return fitFontSizeToBox({ text: standfirst, width: text.width, height: text.height, lineHeight: text.lineHeight, fontFamily: face.measure, fontWeight: 600, maxFontSize: text.maxFontSize });
  }, [standfirst, stage, layout.scale, theme.headlineFont, face.measure]);
  return (
    <AbsoluteFill>
      {kicker ? (
        <div style={{ position: 'absolute', left: layout.topRow.left, top: layout.topRow.top, ...riseIn(enter, 20 * layout.scale) }}>
          {/* Half the top row: the photo credit has the other half. */}
          <Kicker text={kicker} theme={theme} fontSize={Math.round(28 * layout.scale)} maxWidth={layout.topRow.width / 2 - layout.gap} />
        </div>
      ) : null}
      {standfirst ? (
        <div style={{ position: 'absolute', left: stage.left, top: stage.top, width: stage.width, height: stage.height, display: 'flex', alignItems: 'flex-end' }}>
          <div
            dir="auto"
            style={{
              ...riseIn(enter, 40 * layout.scale),
              backgroundColor: theme.colors.background,
              color: theme.colors.text,
              padding,
              fontFamily: face.css,
              fontWeight: 600,
              fontSize,
              lineHeight: STANDFIRST_LINE_HEIGHT,
              width: '100%',
              boxSizing: 'border-box',
            }}
          >
            {typographic(standfirst)}
          </div>
        </div>
      ) : null}
    </AbsoluteFill>
  );
};
