import { typographic } from '../story/typography';
import { useMemo } from 'react';
import { AbsoluteFill } from 'remotion';
import type { Story } from '../story/schema';
import { headlineFace } from '../theme/fonts';
import type { Theme } from '../theme/schema';
import { fitFontSizeToBox } from './fit';
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

const HEADLINE_MAX_FONT = 92;
const HEADLINE_LINE_HEIGHT = 1.12;

/** Kicker and headline on a solid panel at the foot of the safe area, over the photo. */
export const OpenScene: React.FC<OpenSceneProps> = ({ story, theme, layout, stage }) => {
  const box = stage;
  const { scale } = layout;
  const padding = Math.round(40 * scale);
  const accentBar = Math.round(10 * scale);
  const kickerSize = Math.round(32 * scale);
  const face = headlineFace(theme.headlineFont);
  // The kicker chip stands on the panel: the headline has the rest of the stage.
  const kickerHeight = story.kicker ? Math.ceil(kickerSize * 1.8) : 0;
  const fontSize = useMemo(
    () =>
      fitFontSizeToBox({
        text: story.headline,
        width: box.width - 2 * padding - accentBar,
        height: box.height - kickerHeight - 2 * padding,
        lineHeight: HEADLINE_LINE_HEIGHT,
        fontFamily: face.measure,
        fontWeight: 700,
        maxFontSize: Math.round(HEADLINE_MAX_FONT * scale),
      }),
    [story.headline, box.width, box.height, kickerHeight, padding, accentBar, scale, face.measure],
  );
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
