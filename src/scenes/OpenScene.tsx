import { useMemo } from 'react';
import { AbsoluteFill } from 'remotion';
import type { Story } from '../story/schema';
import { SERIF } from '../theme/fonts';
import type { Theme } from '../theme/schema';
import { fitFontSize } from './fit';
import { Kicker } from './Kicker';
import type { Layout } from './layout';
import { riseIn, useEnter } from './use-enter';

type OpenSceneProps = {
  readonly story: Pick<Story, 'kicker' | 'headline'>;
  readonly theme: Theme;
  readonly layout: Layout;
};

const HEADLINE_MAX_LINES = 4;
const HEADLINE_MAX_FONT = 92;

/** Kicker and headline on a solid panel at the foot of the safe area, over the photo. */
export const OpenScene: React.FC<OpenSceneProps> = ({ story, theme, layout }) => {
  const { headline: box, scale } = layout;
  const padding = Math.round(40 * scale);
  const accentBar = Math.round(10 * scale);
  const fontSize = useMemo(
    () =>
      fitFontSize({
        text: story.headline,
        width: box.width - 2 * padding - accentBar,
        maxLines: HEADLINE_MAX_LINES,
        fontFamily: '"Source Serif 4"',
        fontWeight: 700,
        maxFontSize: Math.round(HEADLINE_MAX_FONT * scale),
      }),
    [story.headline, box.width, padding, accentBar, scale],
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
        {story.kicker ? <Kicker text={story.kicker} theme={theme} fontSize={Math.round(32 * scale)} style={riseIn(kickerIn, 30 * scale)} /> : null}
        <div
          style={{
            ...riseIn(panelIn, 60 * scale),
            backgroundColor: theme.colors.background,
            borderLeft: `${accentBar}px solid ${theme.colors.accent}`,
            padding,
            color: theme.colors.text,
            fontFamily: SERIF,
            fontWeight: 700,
            fontSize,
            lineHeight: 1.12,
            width: '100%',
            boxSizing: 'border-box',
          }}
        >
          {story.headline}
        </div>
      </div>
    </AbsoluteFill>
  );
};
