import { ENTER_SECONDS, toFrames } from '../timeline/motion-constants';
import type { Segment } from '../timeline/types';
import type { Cue } from './types';

/** Frames left empty between two cues so that the eye sees a change. */
export const MIN_GAP_FRAMES = 2;
/** Shortest and longest time a cue stays up. */
export const MIN_CUE_SECONDS = 20 / 30;
export const MAX_CUE_SECONDS = 7;

const charCount = (lines: readonly string[]) => [...lines.join(' ')].length;

/**
 * Times a segment's cues: after the scene's entrance, to the segment's end, each cue in
 * proportion to its length, with a gap between cues and no cue longer than 7 s.
 */
export function timeCues(segment: Pick<Segment, 'id' | 'startFrame' | 'durationInFrames'>, cueLines: readonly string[][], fps: number): Cue[] {
  if (cueLines.length === 0) return [];
  const windowStart = segment.startFrame + Math.min(toFrames(ENTER_SECONDS, fps), Math.floor(segment.durationInFrames / 4));
  const windowEnd = segment.startFrame + segment.durationInFrames - MIN_GAP_FRAMES;
  const available = windowEnd - windowStart - MIN_GAP_FRAMES * (cueLines.length - 1);
  const totalChars = cueLines.reduce((total, lines) => total + charCount(lines), 0);
  const maxFrames = Math.floor(MAX_CUE_SECONDS * fps);
  const cues: Cue[] = [];
  let cursor = windowStart;
  let charsBefore = 0;
  for (const lines of cueLines) {
    charsBefore += charCount(lines);
    // Cumulative rounding keeps the cues' ends on the proportional grid.
    const end = windowStart + Math.round((available * charsBefore) / totalChars) + MIN_GAP_FRAMES * cues.length;
    cues.push({ startFrame: cursor, endFrame: Math.min(end, cursor + maxFrames), lines, segmentId: segment.id });
    cursor = end + MIN_GAP_FRAMES;
  }
  return cues;
}
