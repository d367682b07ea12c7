import { COUNT_UP_SECONDS, ENTER_SECONDS, toFrames } from './motion-constants';
import type { MotionRange, Segment } from './types';

/**
 * Splits a segment's frames into the ranges where its scene animates and where it holds still,
 * using the same constants the scenes animate with.
 */
export function segmentMotion(segment: Pick<Segment, 'kind' | 'startFrame' | 'durationInFrames'>, fps: number): MotionRange[] {
  const movingFrames = toFrames(ENTER_SECONDS, fps) + (segment.kind === 'figure' ? toFrames(COUNT_UP_SECONDS, fps) : 0);
  const moving = Math.min(movingFrames, segment.durationInFrames);
  const ranges: MotionRange[] = [{ startFrame: segment.startFrame, durationInFrames: moving, moving: true }];
  if (segment.durationInFrames > moving) {
    ranges.push({ startFrame: segment.startFrame + moving, durationInFrames: segment.durationInFrames - moving, moving: false });
  }
  return ranges;
}

/**
 * Ranges of frames that are identical in the rendered video: the still ranges of the scenes,
 * cut wherever a caption appears or disappears.
 */
export function stillRanges(segments: readonly Pick<Segment, 'motion'>[], cueBoundaries: readonly number[]): MotionRange[] {
  const cuts = [...new Set(cueBoundaries)].sort((a, b) => a - b);
  const result: MotionRange[] = [];
  for (const range of segments.flatMap((segment) => segment.motion)) {
    if (range.moving) continue;
    const end = range.startFrame + range.durationInFrames;
    let start = range.startFrame;
    for (const cut of cuts) {
      if (cut <= start || cut >= end) continue;
      result.push({ startFrame: start, durationInFrames: cut - start, moving: false });
      start = cut;
    }
    result.push({ startFrame: start, durationInFrames: end - start, moving: false });
  }
  return result;
}
