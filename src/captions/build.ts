import type { Format } from '../formats/formats';
import type { Story } from '../story/schema';
import type { Timeline } from '../timeline/types';
import { cueTexts } from './cue-text';
import { narrationBySegment } from './narration';
import { timeCues } from './timing';
import type { Cue } from './types';

/** Every caption cue of a story's timeline in one format, in order. */
export function buildCues(story: Story, timeline: Timeline, format: Pick<Format, 'captionMaxLines' | 'captionMaxChars'>): Cue[] {
  const narration = narrationBySegment(story, timeline.segments);
  const limits = { maxLines: format.captionMaxLines, maxCharsPerLine: format.captionMaxChars };
  return timeline.segments.flatMap((segment) => {
    const texts = narration.get(segment.id) ?? [];
    return timeCues(segment, texts.flatMap((text) => cueTexts(text, limits)), timeline.fps);
  });
}
