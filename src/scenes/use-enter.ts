import { Easing, interpolate, useCurrentFrame, useVideoConfig } from 'remotion';
import { ENTER_SECONDS, toFrames } from '../timeline/motion-constants';

const easeOut = Easing.out(Easing.cubic);

/**
 * The entrance every scene shares: 0 → 1 over the first frames of its own Sequence, then 1.
 * `delaySeconds` staggers parts of a scene within the same entrance window.
 */
export function useEnter(delaySeconds = 0): number {
  const frame = useCurrentFrame();
  const { fps } = useVideoConfig();
  const enterFrames = toFrames(ENTER_SECONDS, fps);
  const start = Math.min(toFrames(delaySeconds, fps), enterFrames - 1);
  return interpolate(frame, [start, enterFrames], [0, 1], { extrapolateLeft: 'clamp', extrapolateRight: 'clamp', easing: easeOut });
}

/** Style for an element rising into place as `progress` goes 0 → 1. */
export const riseIn = (progress: number, distance: number): React.CSSProperties => ({
  opacity: progress,
  transform: `translateY(${Math.round((1 - progress) * distance)}px)`,
});
