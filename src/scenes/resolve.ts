import { getRemotionEnvironment, type CalculateMetadataFunction } from 'remotion';
import { DEFAULT_FPS } from '../timeline/constants';
import { buildCues } from '../captions/build';
import { captionsReadStory } from '../captions/narration';
import type { Cue } from '../captions/types';
import { FORMATS, type Format, type FormatId } from '../formats/formats';
import { formatFigureValue } from '../story/figure-text';
import { StorySchema, type Figure, type Story } from '../story/schema';
import { DEFAULT_THEME, type Theme } from '../theme/schema';
import { voicePauses } from '../timeline/align';
import { planTimeline } from '../timeline/plan';
import type { Timeline } from '../timeline/types';
import { captionLimits } from './layout';
import type { NewsVideoProps, PreparedMedia } from './props';

/** A schema error as `field.path: message` lines; any other error as its message. */
function describeProblem(error: unknown): string {
  const issues = (error as { issues?: ReadonlyArray<{ path: ReadonlyArray<PropertyKey>; message: string }> }).issues;
  if (!issues) return (error as Error).message;
  return issues.map((issue) => `${issue.path.map(String).join('.')}: ${issue.message}`).join('\n');
}

/** Everything a composition draws, computed once per render by `calculateMetadata`. */
export type ResolvedVideo = {
  readonly story: Story;
  readonly theme: Theme;
  readonly format: Format;
  readonly media: PreparedMedia;
  readonly timeline: Timeline;
  readonly cues: readonly Cue[];
  /** True when the captions read the standfirst and quotes, so their cards do not show them. */
  readonly captionsReadStory: boolean;
  /** Quote segments that show the speaker's lower third: each speaker's first appearance. */
  readonly lowerThirds: readonly string[];
  /** For a figure that shares its unit with others in the video, all of them, to draw as bars. */
  readonly comparisons: Readonly<Record<string, readonly ComparedFigure[]>>;
};

export type ComparedFigure = { readonly label: string; readonly value: number; readonly text: string; readonly current: boolean };

export type NewsVideoRuntimeProps = NewsVideoProps & {
  readonly resolved?: ResolvedVideo;
  /** Studio only: why the story could not be planned (shown in the frame instead of a crash). */
  readonly problem?: string;
};

/** Plans the story once, in the same pure functions the CLI uses, and hands the result to the scenes. */
export function resolveVideo(props: NewsVideoProps, formatId: FormatId, fps?: number): ResolvedVideo {
  const story = StorySchema.parse(props.story);
  const format = FORMATS[formatId];
  const transcript = props.media.transcript;
  const timeline = planTimeline(story, { fit: props.fit, fps, voicePausesMs: transcript ? voicePauses(transcript) : undefined });
  return {
    story,
    theme: withAccent(story.theme ?? DEFAULT_THEME, props.media.accent ?? null),
    format,
    media: props.media,
    timeline,
    cues: buildCues(story, timeline, captionLimits(format), transcript),
    captionsReadStory: captionsReadStory(story, transcript !== null),
    lowerThirds: firstAppearances(story, timeline),
    comparisons: comparableFigures(story, timeline),
  };
}

const withAccent = (theme: Theme, accent: string | null): Theme => (accent ? { ...theme, colors: { ...theme.colors, accent } } : theme);

/** The quote segments where a speaker appears for the first time. */
export function firstAppearances(story: Pick<Story, 'quotes'>, timeline: Pick<Timeline, 'segments'>): string[] {
  const seen = new Set<string>();
  const result: string[] = [];
  for (const segment of timeline.segments) {
    if (segment.kind !== 'quote') continue;
    const speaker = story.quotes[segment.quoteIndex]?.speaker.trim().toLowerCase();
    if (speaker === undefined || seen.has(speaker)) continue;
    seen.add(speaker);
    result.push(segment.id);
  }
  return result;
}

/**
 * Figures in the video that share a unit and prefix (and so can be set side by side), for each
 * figure segment that has at least one such partner. Negative values are not compared.
 */
export function comparableFigures(story: Pick<Story, 'figures' | 'locale'>, timeline: Pick<Timeline, 'segments'>): Record<string, ComparedFigure[]> {
  const shown = timeline.segments.flatMap((segment) => (segment.kind === 'figure' ? [{ id: segment.id, figure: story.figures[segment.figureIndex]! }] : []));
  const key = (figure: Figure) => `${figure.prefix ?? ''}|${figure.unit ?? ''}`;
  const result: Record<string, ComparedFigure[]> = {};
  for (const { id, figure } of shown) {
    const group = shown.filter((other) => key(other.figure) === key(figure) && other.figure.value > 0);
    if (group.length < 2 || figure.value <= 0) continue;
    result[id] = group.map((other) => ({
      label: other.figure.label,
      value: other.figure.value,
      text: formatFigureValue(other.figure, story.locale),
      current: other.id === id,
    }));
  }
  return result;
}

/** `calculateMetadata` for a format: the duration comes from the planner. */
export const metadataFor =
  (formatId: FormatId): CalculateMetadataFunction<NewsVideoRuntimeProps> =>
  ({ props }) => {
    let resolved: ResolvedVideo;
    try {
      resolved = resolveVideo(props, formatId);
    } catch (error) {
      // A render is planned in Node first and never gets here; in Studio, an edit that makes the
      // story impossible (too much text for its duration) is shown, not thrown.
      if (getRemotionEnvironment().isRendering) throw error;
      const fps = DEFAULT_FPS;
      const seconds = typeof props.story?.durationSeconds === 'number' && props.story.durationSeconds > 0 ? props.story.durationSeconds : 60;
      const format = FORMATS[formatId];
      return { durationInFrames: Math.round(seconds * fps), fps, width: format.width, height: format.height, props: { ...props, resolved: undefined, problem: describeProblem(error) } };
    }
    return {
      durationInFrames: resolved.timeline.durationInFrames,
      fps: resolved.timeline.fps,
      width: resolved.format.width,
      height: resolved.format.height,
      props: { ...props, resolved },
    };
  };
