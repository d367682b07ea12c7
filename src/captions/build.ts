import type { CueTextLimits } from './cue-text';
import type { Story } from '../story/schema';
import type { Timeline } from '../timeline/types';
import { cueTexts } from './cue-text';
import { narrationBySegment } from './narration';
import { timeCues } from './timing';
import type { TimedText } from './transcript';
import { cuesFromTranscript } from './transcript-cues';
import type { Cue } from './types';

/**
 * Every caption cue of a story's timeline in one format, in order: timed by the voiceover's
 * transcript when there is one, otherwise by the scenes.
 */
export function buildCues(story: Story, timeline: Timeline, limits: CueTextLimits, transcript?: readonly TimedText[] | null): Cue[] {
  if (transcript) return cuesFromTranscript(transcript, timeline, limits);
  const narration = narrationBySegment(story, timeline.segments);
  return timeline.segments.flatMap((segment) => {
    const texts = narration.get(segment.id) ?? [];
    return timeCues(segment, texts.flatMap((text) => cueTexts(text, limits)), timeline.fps);
  });
}
