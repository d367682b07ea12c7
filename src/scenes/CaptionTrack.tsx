import { useCurrentFrame } from 'remotion';
import type { Cue } from '../captions/types';
import { SANS } from '../theme/fonts';
import type { Theme } from '../theme/schema';
import { CAPTION_LINE_PADDING, type Layout } from './layout';

type CaptionTrackProps = {
  readonly cues: readonly Cue[];
  readonly theme: Theme;
  readonly layout: Layout;
};

/**
 * Burned-in captions: the cue on screen at this frame, each line on its own solid box (legible
 * on any picture, and nothing to paint but flat colour), at the foot of the safe area.
 */
export const CaptionTrack: React.FC<CaptionTrackProps> = ({ cues, theme, layout }) => {
  const frame = useCurrentFrame();
  const cue = cues.find((candidate) => frame >= candidate.startFrame && frame < candidate.endFrame);
  if (!cue) return null;
  const { caption: box, scale } = layout;
  const padding = `${Math.round(CAPTION_LINE_PADDING * scale)}px ${Math.round(18 * scale)}px`;
  return (
    <div
      style={{
        position: 'absolute',
        left: box.left,
        top: box.top,
        width: box.width,
        height: box.height,
        display: 'flex',
        flexDirection: 'column',
        justifyContent: 'flex-end',
        alignItems: 'center',
        fontFamily: SANS,
        fontWeight: 700,
        fontSize: box.fontSize,
        lineHeight: box.lineHeight,
        color: theme.colors.captionText,
        textAlign: 'center',
      }}
    >
      {cue.lines.map((line, index) => (
        <div key={index} style={{ backgroundColor: theme.colors.captionBackground, padding, maxWidth: '100%', boxSizing: 'border-box', overflowWrap: 'anywhere' }}>
          {line}
        </div>
      ))}
    </div>
  );
};
