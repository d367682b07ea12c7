import { allocateFrames } from '../timeline/allocate';
import { ENTER_SECONDS, toFrames } from '../timeline/motion-constants';
import type { Segment } from '../timeline/types';
import type { Cue } from './types';

/** Frames left empty between two cues so that the eye sees a change. */
export const MIN_GAP_FRAMES = 2;
/** Shortest time a cue stays up, in frames at 30 fps (scaled to the frame rate). */
export const MIN_CUE_FRAMES_AT_30 = 20;
export const MAX_CUE_SECONDS = 7;
/** Fastest reading speed a cue may ask for. */
export const MAX_CHARS_PER_SECOND = 17;

export const minCueFrames = (fps: number) => Math.ceil((MIN_CUE_FRAMES_AT_30 * fps) / 30);
export const cueChars = (lines: readonly string[]) => [...lines.join(' ')].length;

/**
 * Times a segment's cues: from the end of the scene's entrance to the segment's end, with a
 * gap between cues. Each cue gets at least its reading time at 17 characters a second (and at
 * least 20 frames); spare time is shared in proportion; no cue stays longer than 7 s.
 */
export function timeCues(segment: Pick<Segment, 'id' | 'startFrame' | 'durationInFrames'>, cueLines: readonly string[][], fps: number): Cue[] {
  if (cueLines.length === 0) return [];
  const windowStart = segment.startFrame + Math.min(toFrames(ENTER_SECONDS, fps), Math.floor(segment.durationInFrames / 4));
  const windowEnd = segment.startFrame + segment.durationInFrames - MIN_GAP_FRAMES;
  const available = windowEnd - windowStart - MIN_GAP_FRAMES * (cueLines.length - 1);
  const minimums = cueLines.map((lines) => Math.max(minCueFrames(fps), Math.ceil((cueChars(lines) / MAX_CHARS_PER_SECOND) * fps)));
  const durations = allocateFrames(minimums, Math.max(available, cueLines.length));
  const maxFrames = Math.floor(MAX_CUE_SECONDS * fps);
  const cues: Cue[] = [];
  let cursor = windowStart;
  cueLines.forEach((lines, index) => {
    const duration = durations[index]!;
    cues.push({ startFrame: cursor, endFrame: cursor + Math.min(duration, maxFrames), lines, segmentId: segment.id });
    cursor += duration + MIN_GAP_FRAMES;
  });
  return cues;
}
