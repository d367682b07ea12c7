import { describe, expect, it } from 'vitest';
import { allocateFrames, planTimeline, TimelineFitError } from '../src/timeline/plan';
import { alignToPauses, voicePauses } from '../src/timeline/align';
import { stillRanges } from '../src/timeline/motion';
import { figureSeconds, openSeconds, quoteSeconds, readingSeconds } from '../src/timeline/reading-time';
import { figure, makeStory, quote } from './helpers';

const sample = makeStory({
  kicker: 'Transport',
  headline: 'Council approves new bridge over the river',
  standfirst: 'The crossing will link the two halves of the town for the first time since 1952.',
  source: 'The Example Post',
  published: '2024-05-01',
  image: { src: 'photo.jpg', credit: 'Jo Bloggs', alt: 'The river' },
  quotes: [quote('We have waited seventy years for this bridge.', 'Mary Byrne', 'Mayor'), quote('It will cut my commute in half.', 'Tom Walsh')],
  figures: [figure(240, 'metres long'), figure(18_500_000, 'euro cost')],
});

describe('planTimeline totals', () => {
  it.each([
    [25, 60],
    [30, 60],
    [60, 60],
    [25, 45],
    [30, 90],
    [60, 120],
    [24, 37],
  ])('at %i fps and %i s the total is exactly fps × seconds', (fps, seconds) => {
    const timeline = planTimeline({ ...sample, durationSeconds: seconds }, { fps });
    const total = timeline.segments.reduce((sum, segment) => sum + segment.durationInFrames, 0);
    expect(total).toBe(fps * seconds);
    expect(timeline.durationInFrames).toBe(fps * seconds);
  });
});

describe('planTimeline order and contiguity', () => {
  it('orders open, context, quotes, figures, close', () => {
    const timeline = planTimeline(sample);
    expect(timeline.segments.map((segment) => segment.id)).toEqual(['open', 'context', 'quote-1', 'quote-2', 'figure-1', 'figure-2', 'close']);
  });

  it('leaves no gap and no overlap between segments', () => {
    const timeline = planTimeline(sample);
    let expectedStart = 0;
    for (const segment of timeline.segments) {
      expect(segment.startFrame).toBe(expectedStart);
      expectedStart += segment.durationInFrames;
    }
  });

  it('omits the context segment when there is no standfirst', () => {
    const timeline = planTimeline(makeStory({ headline: 'Short' }));
    expect(timeline.segments.map((segment) => segment.kind)).toEqual(['open', 'close']);
  });

  it('is deterministic', () => {
    expect(planTimeline(sample)).toEqual(planTimeline(sample));
  });
});

describe('reading-time minimums', () => {
  it.each([25, 30, 60])('at %i fps every segment gets at least its reading time', (fps) => {
    const timeline = planTimeline(sample, { fps });
    for (const segment of timeline.segments) {
      expect(segment.durationInFrames / fps).toBeGreaterThanOrEqual(segment.minimumSeconds - 1e-9);
    }
  });

  // Each rate rounds twice (the minimum up, the share of spare time to a whole frame).
  it('gives the same seconds at 25 and 30 fps, within two frames of each', () => {
    const at25 = planTimeline(sample, { fps: 25 }).segments;
    const at30 = planTimeline(sample, { fps: 30 }).segments;
    at25.forEach((segment, index) => {
      expect(Math.abs(segment.durationInFrames / 25 - at30[index]!.durationInFrames / 30)).toBeLessThanOrEqual(2 / 25 + 2 / 30);
    });
  });

  it.each([
    ['15 characters', readingSeconds('abcdefghijklmno'), 1],
    ['emoji count as one character', readingSeconds('👍'.repeat(15)), 1],
    ['a quote adds a second for its lower third', quoteSeconds(quote('x'.repeat(150))), 11],
    ['a short quote still lasts two seconds', quoteSeconds(quote('Yes.')), 2],
    ['a kicker adds a second', openSeconds({ kicker: 'Politics', headline: 'x'.repeat(60) }), 5],
    ['long numbers add time', figureSeconds({ value: 18_500_000, label: 'x'.repeat(5) }, 'en-GB') - figureSeconds({ value: 18_500, label: 'x'.repeat(5) }, 'en-GB'), 0.75 + 4 / 15],
  ])('%s', (_name, seconds, expected) => {
    expect(seconds).toBeCloseTo(expected, 6);
  });

  it('shares spare time in proportion to the minimums', () => {
    const timeline = planTimeline(sample);
    const ratios = timeline.segments.map((segment) => segment.durationInFrames / 30 / segment.minimumSeconds);
    for (const ratio of ratios) expect(ratio).toBeCloseTo(ratios[0]!, 1);
  });
});

describe('allocateFrames', () => {
  it.each([
    [[10, 20, 30], 120, [20, 40, 60]],
    [[1, 1, 1], 10, [4, 3, 3]],
    [[30, 30], 60, [30, 30]],
    [[31, 30], 60, [30, 30]],
    [[0, 0], 5, [3, 2]],
  ])('%j into %i frames → %j', (minimums, total, expected) => {
    const result = allocateFrames(minimums, total);
    expect(result).toEqual(expected);
    expect(result.reduce((a, b) => a + b, 0)).toBe(total);
  });
});

describe('a story that cannot fit', () => {
  const long = makeStory({
    headline: 'Council approves new bridge over the river',
    quotes: Array.from({ length: 6 }, (_, index) => quote('w'.repeat(300), `Speaker ${index + 1}`)),
    figures: [figure(1, 'first figure'), figure(2, 'second figure')],
    durationSeconds: 60,
  });

  it('throws an error that lists every segment with its seconds and says how much to cut', () => {
    let error: unknown;
    try {
      planTimeline(long);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(TimelineFitError);
    const fit = error as TimelineFitError;
    expect(fit.rows.map((row) => row.label)).toEqual([
      'open (kicker, headline)',
      ...Array.from({ length: 6 }, (_, index) => `quotes[${index}] (Speaker ${index + 1})`),
      'figures[0] (first figure)',
      'figures[1] (second figure)',
      'close (source, credit, outro)',
    ]);
    expect(fit.message).toMatch(/needs \d+\.\d s of reading time but the video lasts 60 s: cut about \d+ characters/);
    expect(fit.message).toMatch(/\n  quotes\[5\] \(Speaker 6\) +21\.0 s\n/);
    expect(fit.neededSeconds).toBeCloseTo(135.7, 1);
    expect(fit.message).toContain('--fit');
  });

  it('with fit, drops the last figures first, then the last quotes, and warns for each', () => {
    const timeline = planTimeline(long, { fit: true });
    expect(timeline.segments.map((segment) => segment.id)).toEqual(['open', 'quote-1', 'quote-2', 'close']);
    expect(timeline.warnings).toEqual([
      '--fit dropped figures[1] ("second figure") to fit 60 s',
      '--fit dropped figures[0] ("first figure") to fit 60 s',
      '--fit dropped quotes[5] (Speaker 6) to fit 60 s',
      '--fit dropped quotes[4] (Speaker 5) to fit 60 s',
      '--fit dropped quotes[3] (Speaker 4) to fit 60 s',
      '--fit dropped quotes[2] (Speaker 3) to fit 60 s',
      expect.stringMatching(/^the full story needed 135\.7 s; 47\.7 s remain$/),
    ]);
    expect(timeline.durationInFrames).toBe(1800);
  });

  it('with fit, still fails when the headline alone is too long for the duration', () => {
    expect(() => planTimeline(makeStory({ headline: 'x'.repeat(110), durationSeconds: 5 }), { fit: true })).toThrow(TimelineFitError);
  });
});

describe('motion ranges', () => {
  it.each([25, 30, 60])('cover each segment exactly at %i fps, moving first, then still', (fps) => {
    for (const segment of planTimeline(sample, { fps }).segments) {
      const covered = segment.motion.reduce((sum, range) => sum + range.durationInFrames, 0);
      expect(covered).toBe(segment.durationInFrames);
      expect(segment.motion[0]).toMatchObject({ startFrame: segment.startFrame, moving: true });
      expect(segment.motion.slice(1).every((range) => !range.moving)).toBe(true);
    }
  });

  it('figures move longer than other segments (their count-up)', () => {
    const segments = planTimeline(sample).segments;
    const moving = (id: string) => segments.find((segment) => segment.id === id)!.motion[0]!.durationInFrames;
    expect(moving('figure-1')).toBeGreaterThan(moving('quote-1'));
  });

  it('cuts still ranges where captions change, and covers every still frame once', () => {
    const timeline = planTimeline(sample);
    const still = timeline.segments.flatMap((segment) => segment.motion).filter((range) => !range.moving);
    const ranges = stillRanges(timeline.segments, [100, 200, 201]);
    expect(ranges.reduce((sum, range) => sum + range.durationInFrames, 0)).toBe(still.reduce((sum, range) => sum + range.durationInFrames, 0));
    const starts = ranges.map((range) => range.startFrame);
    for (const cut of [100, 200, 201]) expect(starts).toContain(cut);
    ranges.slice(1).forEach((range, index) => expect(range.startFrame).toBeGreaterThanOrEqual(ranges[index]!.startFrame + ranges[index]!.durationInFrames));
  });
});

describe('alignToPauses', () => {
  it.each([
    ['moves a change to a close pause', [90, 90, 90], [30, 30, 30], [3500], [105, 75, 90]],
    ['takes the nearest of two pauses', [90, 90, 90], [30, 30, 30], [2700, 3400], [81, 99, 90]],
    ['leaves a change with no pause within 1.5 s', [90, 90, 90], [30, 30, 30], [7800], [90, 90, 90]],
    ['never shrinks a segment below its minimum', [90, 90, 90], [30, 80, 30], [3500], [90, 90, 90]],
    ['moves every change that has a pause', [90, 90, 90], [30, 30, 30], [2700, 6300], [81, 108, 81]],
  ])('%s', (_name, durations, minimums, pauses, expected) => {
    const result = alignToPauses(durations, minimums, pauses, 30);
    expect(result).toEqual(expected);
    expect(result.reduce((a, b) => a + b, 0)).toBe(durations.reduce((a, b) => a + b, 0));
  });

  it('finds pauses between spoken items', () => {
    expect(voicePauses([{ startMs: 0, endMs: 1000 }, { startMs: 1100, endMs: 2000 }, { startMs: 2400, endMs: 3000 }])).toEqual([2200]);
  });
});
