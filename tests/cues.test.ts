import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildCues } from '../src/captions/build';
import { checkCues } from '../src/captions/check';
import { narrationBySegment } from '../src/captions/narration';
import { timeCues } from '../src/captions/timing';
import { parseTranscript } from '../src/captions/transcript';
import { FORMATS } from '../src/formats/formats';
import { captionLimits } from '../src/scenes/layout';
import { StorySchema } from '../src/story/schema';
import { voicePauses } from '../src/timeline/align';
import { planTimeline } from '../src/timeline/plan';
import { figure, makeStory, quote } from './helpers';
import { captionSample, SAMPLE_CASES } from './samples';

describe('every cue of every sample story obeys the caption rules', () => {
  it.each(SAMPLE_CASES)('$file ($format)', ({ file, format }) => {
    const { cues, limits, timeline } = captionSample(file, format);
    expect(cues.length).toBeGreaterThan(0);
    expect(checkCues(cues, limits, timeline)).toEqual([]);
  });
});

const loadJson = (file: string) => StorySchema.parse(JSON.parse(readFileSync(file, 'utf8')));

describe('the rule checker finds what is wrong', () => {
  const timeline = planTimeline(makeStory({ standfirst: 'A standfirst long enough to need a few seconds of reading time.' }));
  const limits = captionLimits(FORMATS.vertical);
  const context = timeline.segments[1]!;
  const at = (start: number, end: number, lines: string[]) => ({ startFrame: context.startFrame + start, endFrame: context.startFrame + end, lines, segmentId: 'context' });

  it.each([
    ['too many lines', [at(0, 60, ['one', 'two', 'three', 'four'])], 'has 4 lines; at most 3'],
    ['a line too long', [at(0, 90, ['this line is far longer than thirty-two characters'])], 'characters; at most 32'],
    ['too short', [at(0, 10, ['Hi.'])], 'lasts 10 frames; at least 20'],
    ['too long', [at(0, 240, ['Hi.'])], 'lasts 8.00 s; at most 7 s'],
    ['too fast to read', [at(0, 30, ['Thirty characters of text here', 'and thirty more characters too'])], 'characters a second; at most 17'],
    ['too close to the cue before', [at(0, 30, ['One.']), at(31, 60, ['Two.'])], 'starts 1 frames after the cue before; at least 2'],
    ['a break after an article', [at(0, 60, ['They crossed the', 'bridge'])], 'breaks a line after "the"'],
    ['a break inside a name', [at(0, 60, ['Then Joe', 'Biden spoke'])], 'breaks a line after "Joe"'],
    ['a break between a number and its unit', [at(0, 60, ['It is 240', 'metres long'])], 'breaks a line after "240"'],
    ['outside its segment', [{ startFrame: 0, endFrame: 30, lines: ['Hi there.'], segmentId: 'context' }], 'is not inside its segment context'],
  ])('%s', (_name, cues, message) => {
    expect(checkCues(cues, limits, timeline).join('\n')).toContain(message);
  });
});

describe('cue timing', () => {
  const segment = { id: 'quote-1', startFrame: 300, durationInFrames: 240 };
  it.each([25, 30, 60])('at %i fps: inside the segment, after the entrance, gaps of 2 frames, in order', (fps) => {
    const cues = timeCues(segment, [['First cue of text'], ['A second, longer cue of text', 'on two lines'], ['Third.']], fps);
    expect(cues[0]!.startFrame).toBeGreaterThan(segment.startFrame);
    expect(cues.at(-1)!.endFrame).toBeLessThanOrEqual(segment.startFrame + segment.durationInFrames);
    for (let index = 1; index < cues.length; index++) expect(cues[index]!.startFrame - cues[index - 1]!.endFrame).toBe(2);
  });

  it('gives a longer cue more time, in proportion to its reading time', () => {
    const [short, long] = timeCues(segment, [['Short cue here.'], ['A much longer cue with more words', 'for the viewer to read']], 30);
    expect(long!.endFrame - long!.startFrame).toBeGreaterThan(2 * (short!.endFrame - short!.startFrame));
  });

  it('never holds a cue longer than 7 s, even with time to spare', () => {
    const [cue] = timeCues({ id: 'context', startFrame: 0, durationInFrames: 600 }, [['Alone.']], 30);
    expect(cue!.endFrame - cue!.startFrame).toBe(210);
  });
});

describe('narration', () => {
  const story = makeStory({
    headline: 'Council approves new bridge',
    standfirst: 'The crossing will link the two halves of the town.',
    quotes: [quote('We have waited seventy years.', 'Mary Byrne', 'Mayor')],
    figures: [figure(240, 'metres long')],
  });
  const timeline = planTimeline(story);

  it('reads the standfirst and the quotes, and nothing a card already shows', () => {
    const narration = narrationBySegment(story, timeline.segments);
    expect(Object.fromEntries(narration)).toEqual({
      context: ['The crossing will link the two halves of the town.'],
      'quote-1': ['“We have waited seventy years.”'],
    });
    const captioned = [...narration.values()].flat().join(' ');
    expect(captioned).not.toContain(story.headline);
    expect(captioned).not.toContain('metres long');
    expect(captioned).not.toContain('Mary Byrne');
  });

  it("uses the locale's quotation marks", () => {
    const french = makeStory({ locale: 'fr-FR', quotes: [quote('Nous avons attendu.', 'Marie Dupont')] });
    const narration = narrationBySegment(french, planTimeline(french).segments);
    expect(narration.get('quote-1')).toEqual(['«\u00a0Nous avons attendu.\u00a0»']);
  });

  it("spreads the story's own narration in order over the segments between open and close", () => {
    const own = makeStory({ ...story, narration: ['One.', 'Two.', 'Three.', 'Four.'], quotes: story.quotes, figures: story.figures });
    const narration = narrationBySegment(own, planTimeline(own).segments);
    expect([...narration.entries()]).toEqual([
      ['context', ['One.', 'Two.']],
      ['quote-1', ['Three.']],
      ['figure-1', ['Four.']],
    ]);
  });
});

describe('cues from a voiceover transcript', () => {
  const file = 'tests/fixtures/voiceover/story.json';
  const story = loadJson(file);
  const transcript = parseTranscript(readFileSync('tests/fixtures/voiceover/voice.srt', 'utf8'), 'voice.srt', 14_000);
  const timeline = planTimeline(story, { voicePausesMs: voicePauses(transcript) });
  const cues = buildCues(story, timeline, captionLimits(FORMATS.vertical), transcript);

  it('start when the voice starts, frame-exact', () => {
    expect(cues[0]).toMatchObject({ startFrame: 9, endFrame: 84, lines: ['The council has', 'opened the new bridge.'] });
  });

  it('carry every word of the transcript, in order', () => {
    const words = transcript.map((item) => item.text).join(' ');
    expect(cues.flatMap((cue) => cue.lines).join(' ')).toBe(words);
  });

  it('move the scene changes to the pauses in the voice', () => {
    expect(timeline.segments.map((segment) => segment.startFrame)).toEqual([0, 89, 186, 270]);
  });

  it('never cross a scene change', () => {
    for (const cue of cues) {
      const segment = timeline.segments.find((candidate) => candidate.id === cue.segmentId)!;
      expect(cue.startFrame).toBeGreaterThanOrEqual(segment.startFrame);
      expect(cue.endFrame).toBeLessThanOrEqual(segment.startFrame + segment.durationInFrames);
    }
  });
});
