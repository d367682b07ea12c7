import { useCurrentFrame } from 'remotion';
import type { Cue } from '../captions/types';
import { SANS } from '../theme/fonts';
import type { Theme } from '../theme/schema';
import { CAPTION_PADDING_X, CAPTION_PADDING_Y, type CaptionBox } from './layout';

type CaptionTrackProps = {
  readonly cues: readonly Cue[];
  readonly theme: Theme;
  readonly scale: number;
  /** Where a cue goes: lifted above a lower third while one is on screen. */
  readonly boxFor: (cue: Cue) => CaptionBox;
};

/**
 * Burned-in captions: the cue on screen at this frame, each line on its own solid box (legible
 * on any picture, and nothing to paint but flat colour), at the foot of the safe area or lifted
 * clear of a lower third.
 */
export const CaptionTrack: React.FC<CaptionTrackProps> = ({ cues, theme, scale, boxFor }) => {
  const frame = useCurrentFrame();
  const cue = cues.find((candidate) => frame >= candidate.startFrame && frame < candidate.endFrame);
  if (!cue) return null;
  const box = boxFor(cue);
  const padding = `${Math.round(CAPTION_PADDING_Y * scale)}px ${Math.round(CAPTION_PADDING_X * scale)}px`;
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
        // Anchored to the foot of the band, just above the lower third.
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
        <div key={index} dir="auto" style={{ backgroundColor: theme.colors.captionBackground, padding, maxWidth: '100%', boxSizing: 'border-box', overflowWrap: 'anywhere' }}>
          {line}
        </div>
      ))}
    </div>
  );
};
