import { typographic } from '../story/typography';
import { useMemo } from 'react';
import { AbsoluteFill } from 'remotion';
import type { Story } from '../story/schema';
import { headlineFace } from '../theme/fonts';
import type { Theme } from '../theme/schema';
import { fitFontSizeToBox } from './fit';
import { HEADLINE_LINE_HEIGHT, headlinePanel, headlineTextBox } from './text-boxes';
import { Kicker } from './Kicker';
import type { Box, Layout } from './layout';
import { riseIn, useEnter } from './use-enter';

type OpenSceneProps = {
  readonly story: Pick<Story, 'kicker' | 'headline'>;
  readonly theme: Theme;
  readonly layout: Layout;
  /** The room this scene's own text has, clear of captions and lower third. */
  readonly stage: Box;
};


/** Kicker and headline on a solid panel at the foot of the safe area, over the photo. */
export const OpenScene: React.FC<OpenSceneProps> = ({ story, theme, layout, stage }) => {
  const box = stage;
  const { scale } = layout;
  const { padding, accentBar, kickerSize } = headlinePanel(scale);
  const face = headlineFace(theme.headlineFont);
  const fontSize = useMemo(() => {
    const text = headlineTextBox(box, scale, !!story.kicker, theme.headlineFont);
    return fitFontSizeToBox({ text: story.headline, width: text.width, height: text.height, lineHeight: text.lineHeight, fontFamily: face.measure, fontWeight: 700, maxFontSize: text.maxFontSize });
  }, [story.headline, story.kicker, box, scale, theme.headlineFont, face.measure]);
  const panelIn = useEnter();
  const kickerIn = useEnter(0.1);
  return (
    <AbsoluteFill>
      <div
        style={{
          position: 'absolute',
          left: box.left,
          width: box.width,
          top: box.top,
          height: box.height,
          display: 'flex',
          flexDirection: 'column',
          justifyContent: 'flex-end',
          alignItems: 'flex-start',
        }}
      >
        {story.kicker ? <Kicker text={story.kicker} theme={theme} fontSize={kickerSize} style={riseIn(kickerIn, 30 * scale)} /> : null}
        <div
          dir="auto"
          style={{
            ...riseIn(panelIn, 60 * scale),
            backgroundColor: theme.colors.background,
            borderLeft: `${accentBar}px solid ${theme.colors.accent}`,
            padding,
            color: theme.colors.text,
            fontFamily: face.css,
            fontWeight: 700,
            fontSize,
            lineHeight: HEADLINE_LINE_HEIGHT,
            width: '100%',
            boxSizing: 'border-box',
          }}
        >
          {typographic(story.headline)}
        </div>
      </div>
    </AbsoluteFill>
  );
};
