import { closeLines } from '../story/close-text';
import type { Story } from '../story/schema';
import { allocateFrames } from './allocate';
import { alignToPauses } from './align';
import { DEFAULT_FPS, READING_CHARS_PER_SECOND } from './constants';
import { segmentMotion } from './motion';
import { captionSeconds, closeSeconds, contextSeconds, figureSeconds, openSeconds, quoteSeconds } from './reading-time';
import { narrationBySegment } from '../captions/narration';
import type { Segment, Timeline } from './types';

export type PlanOptions = {
  /** Frames per second; default 30. */
  readonly fps?: number;
  /** Drop the lowest-priority items (last figures, then last quotes) when the text does not fit. */
  readonly fit?: boolean;
  /** Pauses in the voiceover (ms): scene changes move to the nearest one when it is close. */
  readonly voicePausesMs?: readonly number[];
};

/** A segment before it has frames: what it shows and how long it must last. */
type SegmentDraft = Omit<Segment, 'startFrame' | 'durationInFrames' | 'motion'>;

/** The story's text needs more time than the video has. */
export class TimelineFitError extends Error {
  constructor(
    readonly rows: ReadonlyArray<{ readonly label: string; readonly seconds: number }>,
    readonly neededSeconds: number,
    readonly durationSeconds: number,
    /** True when --fit already dropped every figure and quote it could. */
    fitTried = false,
  ) {
    const width = Math.max(...rows.map((row) => row.label.length));
    const table = rows.map((row) => `  ${row.label.padEnd(width)}  ${row.seconds.toFixed(1).padStart(5)} s`).join('\n');
    const excess = Math.max(neededSeconds - durationSeconds, 1 / DEFAULT_FPS);
    const remedy = fitTried
      ? 'raise durationSeconds (--fit has already dropped every figure and quote)'
      : 'raise durationSeconds, or render with --fit to drop the last figures and quotes';
    super(
      `the story needs ${neededSeconds.toFixed(1)} s of reading time but the video lasts ${durationSeconds} s: ` +
        `cut about ${Math.ceil(excess * READING_CHARS_PER_SECOND)} characters (${excess.toFixed(1)} s), ${remedy}.\n${table}`,
    );
    this.name = 'TimelineFitError';
  }
}

/** Story → timeline in frames. Pure and deterministic; throws {@link TimelineFitError}. */
export function planTimeline(story: Story, options: PlanOptions = {}): Timeline {
  const fps = options.fps ?? DEFAULT_FPS;
  const durationInFrames = story.durationSeconds * fps;
  const { drafts, warnings } = chooseItems(story, options.fit ?? false, fps);
  const minimums = drafts.map((draft) => minimumFrames(draft, fps));
  const shared = allocateFrames(minimums, durationInFrames);
  const durations = options.voicePausesMs ? alignToPauses(shared, minimums, options.voicePausesMs, fps) : shared;
  let startFrame = 0;
  const segments = drafts.map((draft, index): Segment => {
    const duration = durations[index] ?? 0;
    const segment = { ...draft, startFrame, durationInFrames: duration } as Segment;
    startFrame += duration;
    return { ...segment, motion: segmentMotion(segment, fps) };
  });
  return { fps, durationInFrames, segments, warnings };
}

/** Every segment the story has, in order. */
export function draftSegments(story: Story, quoteIndices: readonly number[], figureIndices: readonly number[]): SegmentDraft[] {
  const close = closeLines(story);
  const drafts: SegmentDraft[] = [
    { kind: 'open', id: 'open', label: 'open (kicker, headline)', minimumSeconds: openSeconds(story) },
    ...(story.standfirst
      ? [{ kind: 'context' as const, id: 'context', label: 'context (standfirst)', minimumSeconds: contextSeconds(story.standfirst) }]
      : []),
    ...quoteIndices.map((quoteIndex) => {
      const quote = story.quotes[quoteIndex]!;
      return {
        kind: 'quote' as const,
        id: `quote-${quoteIndex + 1}`,
        label: `quotes[${quoteIndex}] (${quote.speaker})`,
        quoteIndex,
        minimumSeconds: quoteSeconds(quote),
      };
    }),
    ...figureIndices.map((figureIndex) => {
      const figure = story.figures[figureIndex]!;
      return {
        kind: 'figure' as const,
        id: `figure-${figureIndex + 1}`,
        label: `figures[${figureIndex}] (${figure.label})`,
        figureIndex,
        minimumSeconds: figureSeconds(figure, story.locale),
      };
    }),
    {
      kind: 'close',
      id: 'close',
      label: 'close (source, credit, outro)',
      minimumSeconds: closeSeconds([close.brand, close.source, close.date, close.credit, close.outro].filter((line): line is string => !!line)),
    },
  ];
  // The captions read in a segment need their time too.
  const narration = narrationBySegment(story, drafts);
  return drafts.map((draft) => ({ ...draft, minimumSeconds: Math.max(draft.minimumSeconds, captionSeconds(narration.get(draft.id) ?? [])) }));
}

const sumSeconds = (drafts: readonly SegmentDraft[]) => drafts.reduce((total, draft) => total + draft.minimumSeconds, 0);
/** Whole frames a segment needs: its reading time rounded up. */
const minimumFrames = (draft: Pick<SegmentDraft, 'minimumSeconds'>, fps: number) => Math.ceil(draft.minimumSeconds * fps - 1e-9);
/** Fit is decided in frames, as the segments are cut in frames. */
const fits = (drafts: readonly SegmentDraft[], fps: number, totalFrames: number) =>
  drafts.reduce((total, draft) => total + minimumFrames(draft, fps), 0) <= totalFrames;
const range = (length: number) => Array.from({ length }, (_, index) => index);

/**
 * Keeps every quote and figure when they fit. With `fit`, drops the last figure, then the last
 * quote, one at a time, until the rest fits; each drop is a warning.
 */
function chooseItems(story: Story, fit: boolean, fps: number): { drafts: SegmentDraft[]; warnings: string[] } {
  const quotes = range(story.quotes.length);
  const figures = range(story.figures.length);
  const warnings: string[] = [];
  let drafts = draftSegments(story, quotes, figures);
  const firstNeed = sumSeconds(drafts);
  while (!fits(drafts, fps, story.durationSeconds * fps)) {
    if (!fit || (figures.length === 0 && quotes.length === 0)) {
      throw new TimelineFitError(
        drafts.map((draft) => ({ label: draft.label, seconds: draft.minimumSeconds })),
        sumSeconds(drafts),
        story.durationSeconds,
        fit,
      );
    }
    if (figures.length > 0) {
      const index = figures.pop()!;
      warnings.push(`--fit dropped figures[${index}] ("${story.figures[index]!.label}") to fit ${story.durationSeconds} s`);
    } else {
      const index = quotes.pop()!;
      warnings.push(`--fit dropped quotes[${index}] (${story.quotes[index]!.speaker}) to fit ${story.durationSeconds} s`);
    }
    drafts = draftSegments(story, quotes, figures);
  }
  if (warnings.length > 0) {
    warnings.push(`the full story needed ${firstNeed.toFixed(1)} s; ${sumSeconds(drafts).toFixed(1)} s remain`);
  }
  return { drafts, warnings };
}

export { allocateFrames };
