import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { buildCues } from '../src/captions/build';
import { parseTranscript } from '../src/captions/transcript';
import { FORMAT_IDS, FORMATS, type FormatId } from '../src/formats/formats';
import { captionLimits } from '../src/scenes/layout';
import { StorySchema } from '../src/story/schema';
import { voicePauses } from '../src/timeline/align';
import { planTimeline } from '../src/timeline/plan';

/** Every story the project ships or tests with. */
export const STORY_FILES = [
  ...readdirSync('assets/stories').map((name) => path.join('assets/stories', name)),
  'tests/fixtures/short-story.json',
  'tests/fixtures/voiceover/story.json',
];

/** A sample story planned and captioned in one format, as a render would do it. */
export function captionSample(file: string, format: FormatId) {
  const story = StorySchema.parse(JSON.parse(readFileSync(file, 'utf8')));
  const transcript = story.voiceover?.transcript
    ? parseTranscript(readFileSync(path.join(path.dirname(file), story.voiceover.transcript), 'utf8'), story.voiceover.transcript, story.durationSeconds * 1000)
    : null;
  // As `render --fit` would: the many-items sample needs it, the others are unchanged by it.
  const timeline = planTimeline(story, { fit: true, voicePausesMs: transcript ? voicePauses(transcript) : undefined });
  const limits = captionLimits(FORMATS[format]);
  return { story, timeline, limits, cues: buildCues(story, timeline, limits, transcript) };
}

/** Every sample story in every format. */
export const SAMPLE_CASES = STORY_FILES.flatMap((file) => FORMAT_IDS.map((format) => ({ file, format })));
