import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildCues } from '../src/captions/build';
import { checkCues } from '../src/captions/check';
import { FORMAT_IDS, FORMATS } from '../src/formats/formats';
import { captionLimits } from '../src/scenes/layout';
import { validateStory } from '../src/story/load';
import { StorySchema, type Story } from '../src/story/schema';
import { planTimeline, TimelineFitError } from '../src/timeline/plan';

/**
 * Properties that hold for every input, checked on inputs fast-check makes up (and shrinks to
 * the smallest failing one when a property breaks).
 */

/** Words of several scripts and shapes: names, numbers with units, long words, CJK, Arabic. */
const word = fc.oneof(
  fc.constantFrom('the', 'a', 'of', 'in', 'Kremlin', 'Peskov', 'said', 'talks', 'war', 'Biden', '10,000', 'km', '6,655', 'civilians', 'Dmitry', 'Ukraine'),
  fc.stringMatching(/^[a-z]{1,12}$/),
  fc.stringMatching(/^[A-Z][a-z]{2,20}$/),
  fc.constantFrom('Verhandlungsbereitschaftserklärung', 'counter-offensive', 'президент', 'Ελλάδα', '東京都で会談', 'مفاوضات', 'שלום', '🎉'),
);
/** A sentence of 1..n words with an optional full stop, at most `max` characters. */
const sentence = (maxWords: number, max: number) =>
  fc
    .tuple(fc.array(word, { minLength: 1, maxLength: maxWords }), fc.constantFrom('', '.', '?', '!'))
    .map(([words, end]) => Array.from(`${words.join(' ')}${end}`).slice(0, max).join('').trim())
    .filter((value) => value.length > 0);

const storyInput = fc.record(
  {
    headline: sentence(14, 110),
    kicker: sentence(3, 32),
    standfirst: sentence(30, 240),
    quotes: fc.array(fc.record({ text: sentence(40, 320), speaker: sentence(3, 60), role: sentence(5, 80) }, { requiredKeys: ['text', 'speaker'] }), { maxLength: 6 }),
    figures: fc.array(
      fc.record({ value: fc.oneof(fc.integer({ min: 0, max: 10_000_000 }), fc.double({ min: 0, max: 1e6, noNaN: true, noDefaultInfinity: true })), label: sentence(6, 60) }),
      { maxLength: 5 },
    ),
    durationSeconds: fc.integer({ min: 5, max: 180 }),
    locale: fc.constantFrom('en-GB', 'en-US', 'fr-FR', 'de-DE', 'ar', 'he', 'ja-JP', 'ru-RU'),
  },
  { requiredKeys: ['headline'] },
);

/** Plans a story, or null when it cannot fit (an expected, well-formed refusal). */
function planOrNull(story: Story, fps: number, fit: boolean) {
  try {
    return planTimeline(story, { fps, fit });
  } catch (error) {
    expect(error).toBeInstanceOf(TimelineFitError);
    expect((error as Error).message).toMatch(/needs [\d.]+ s of reading time but the video lasts \d+ s/);
    return null;
  }
}

describe('validate, for any JSON value', () => {
  it('returns a result and never throws', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (json) => {
        const result = validateStory('story.json', json);
        if (!result.ok) {
          expect(result.problems.length).toBeGreaterThan(0);
          for (const problem of result.problems) expect(problem.message.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('returns a result for story-shaped objects with wrong values anywhere', () => {
    const anything = fc.oneof(fc.string(), fc.integer(), fc.double(), fc.boolean(), fc.constant(null), fc.array(fc.string()), fc.object());
    fc.assert(
      fc.property(storyInput, fc.constantFrom('headline', 'quotes', 'figures', 'durationSeconds', 'locale', 'theme', 'image', 'narration'), anything, (input, field, value) => {
        const result = validateStory('story.json', { ...input, [field]: value });
        if (!result.ok) for (const problem of result.problems) expect(problem.path === '' || typeof problem.path === 'string').toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});

describe('the planner, for any valid story', () => {
  it('either refuses clearly or gives ordered, touching segments that add up to exactly the duration', () => {
    fc.assert(
      fc.property(storyInput, fc.constantFrom(25, 30, 60), fc.boolean(), (input, fps, fit) => {
        const story = StorySchema.parse(input);
        const timeline = planOrNull(story, fps, fit);
        if (!timeline) return;
        expect(timeline.durationInFrames).toBe(story.durationSeconds * fps);
        let next = 0;
        for (const segment of timeline.segments) {
          expect(segment.startFrame).toBe(next);
          expect(segment.durationInFrames).toBeGreaterThan(0);
          const motionFrames = segment.motion.reduce((sum, range) => sum + range.durationInFrames, 0);
          expect(motionFrames).toBe(segment.durationInFrames);
          next += segment.durationInFrames;
        }
        expect(next).toBe(timeline.durationInFrames);
        expect(timeline.segments[0]?.kind).toBe('open');
        expect(timeline.segments.at(-1)?.kind).toBe('close');
      }),
      { numRuns: 400 },
    );
  });

  it('with --fit never refuses a story that fits once every quote and figure is dropped', () => {
    fc.assert(
      fc.property(storyInput, (input) => {
        const story = StorySchema.parse(input);
        const bare = StorySchema.parse({ ...input, quotes: [], figures: [] });
        if (planOrNull(bare, 30, false) === null) return;
        expect(planOrNull(story, 30, true)).not.toBeNull();
      }),
      { numRuns: 300 },
    );
  });
});

describe('the caption engine, for any story that plans', () => {
  it('makes cues that break no caption rule, in every format', () => {
    fc.assert(
      fc.property(storyInput, fc.constantFrom(...FORMAT_IDS), (input, formatId) => {
        const story = StorySchema.parse(input);
        const timeline = planOrNull(story, 30, true);
        if (!timeline) return;
        const limits = captionLimits(FORMATS[formatId]);
        const cues = buildCues(story, timeline, limits);
        expect(checkCues(cues, limits, timeline)).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });
});

describe('stories the properties found, kept as regressions', () => {
  it.each([
    ['a long Latin word inside Japanese quotation marks (crashed the cue cutter)', { headline: 'a', quotes: [{ text: 'Verhandlungsbereitschaftserklärung a', speaker: 'the' }], locale: 'ja-JP' }, 'vertical'],
    ['a closing Japanese bracket that makes a piece too wide (crashed)', { headline: 'a', quotes: [{ text: 'Verhandlungsbereitschaftserklärung', speaker: 'Verhandlungsbereitschaftserklärung' }], locale: 'ja-JP' }, 'portrait'],
    ['a French closing guillemet left alone in a cue of its own', { headline: 'aaaa שלום Ukraine?', kicker: 'a', quotes: [{ text: 'aaaaaaa the Aaaaaaaaaa?', speaker: 'V' }], durationSeconds: 8, locale: 'fr-FR' }, 'vertical'],
    ['a run of capitalised words longer than a line', { headline: 'Aaa', quotes: [{ text: 'Aaaa counter-offensive Aaaaaaaaa Aaa Aaaaaaaaaaaaa Aaaa', speaker: 'a' }] }, 'vertical'],
    ['a capitalised word before a word longer than a line', { headline: 'the', quotes: [{ text: 'Aaa Verhandlungsbereitschaftserklärung the', speaker: 'Aaa' }], locale: 'fr-FR' }, 'vertical'],
  ] as const)('%s', (_name, input, formatId) => {
    const story = StorySchema.parse(input);
    const timeline = planTimeline(story, { fit: true });
    const limits = captionLimits(FORMATS[formatId]);
    const cues = buildCues(story, timeline, limits);
    expect(cues.every((cue) => cue.lines.some((line) => /\p{L}/u.test(line)))).toBe(true);
    expect(checkCues(cues, limits, timeline)).toEqual([]);
  });
});
