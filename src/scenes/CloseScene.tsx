import { useMemo } from 'react';
import { AbsoluteFill, Img, staticFile } from 'remotion';
import { closeLines } from '../story/close-text';
import type { Story } from '../story/schema';
import { SANS } from '../theme/fonts';
import type { Theme } from '../theme/schema';
import type { Box, Layout } from './layout';
import { riseIn, useEnter } from './use-enter';

type CloseSceneProps = {
  readonly story: Story;
  readonly theme: Theme;
  readonly layout: Layout;
  /** The theme's logo in the public folder, shown above the brand; null for none. */
  readonly logo: string | null;
  /** The room this scene's own text has, clear of captions and lower third. */
  readonly stage: Box;
};

/** Brand, outro line, then where the story comes from: source, date and photo credit. */
export const CloseScene: React.FC<CloseSceneProps> = ({ story, theme, layout, stage, logo }) => {
  const box = stage;
  const { scale } = layout;
  const lines = useMemo(() => closeLines(story), [story]);
  const enter = useEnter();
  const detailsIn = useEnter(0.15);
  const details = [lines.source && lines.date ? `${lines.source} · ${lines.date}` : (lines.source ?? lines.date), lines.credit].filter(Boolean);
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
          alignItems: 'center',
          textAlign: 'center',
        }}
      >
        {logo ? <Img src={staticFile(logo)} alt={lines.brand} style={{ ...riseIn(enter, 40 * scale), height: Math.round(140 * scale), maxWidth: box.width, objectFit: 'contain', marginBottom: Math.round(36 * scale) }} /> : null}
        <div style={{ ...riseIn(enter, 40 * scale), fontWeight: 800, fontSize: Math.round(110 * scale), lineHeight: 1, letterSpacing: '-0.02em' }}>
          {lines.brand}
        </div>
        <div style={{ ...riseIn(enter, 40 * scale), width: Math.round(140 * scale), height: Math.round(10 * scale), backgroundColor: theme.colors.accent, margin: `${Math.round(36 * scale)}px 0` }} />
        <div style={{ ...riseIn(enter, 40 * scale), fontWeight: 700, fontSize: Math.round(52 * scale), lineHeight: 1.2 }}>{lines.outro}</div>
        <div style={{ ...riseIn(detailsIn, 30 * scale), marginTop: Math.round(80 * scale), fontWeight: 400, fontSize: Math.round(34 * scale), lineHeight: 1.5 }}>
          {details.map((line) => (
            <div key={line}>{line}</div>
          ))}
        </div>
      </div>
    </AbsoluteFill>
  );
};
