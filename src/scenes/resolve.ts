import type { CalculateMetadataFunction } from 'remotion';
import { buildCues } from '../captions/build';
import { captionsReadStory } from '../captions/narration';
import type { Cue } from '../captions/types';
import { FORMATS, type Format, type FormatId } from '../formats/formats';
import { StorySchema, type Story } from '../story/schema';
import { DEFAULT_THEME, type Theme } from '../theme/schema';
import { voicePauses } from '../timeline/align';
import { planTimeline } from '../timeline/plan';
import type { Timeline } from '../timeline/types';
import { captionLimits } from './layout';
import type { NewsVideoProps, PreparedMedia } from './props';

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
};

export type NewsVideoRuntimeProps = NewsVideoProps & { readonly resolved?: ResolvedVideo };

/** Plans the story once, in the same pure functions the CLI uses, and hands the result to the scenes. */
export function resolveVideo(props: NewsVideoProps, formatId: FormatId, fps?: number): ResolvedVideo {
  const story = StorySchema.parse(props.story);
  const format = FORMATS[formatId];
  const transcript = props.media.transcript;
  const timeline = planTimeline(story, { fit: props.fit, fps, voicePausesMs: transcript ? voicePauses(transcript) : undefined });
  return {
    story,
    theme: story.theme ?? DEFAULT_THEME,
    format,
    media: props.media,
    timeline,
    cues: buildCues(story, timeline, captionLimits(format), transcript),
    captionsReadStory: captionsReadStory(story, transcript !== null),
  };
}

/** `calculateMetadata` for a format: the duration comes from the planner. */
export const metadataFor =
  (formatId: FormatId): CalculateMetadataFunction<NewsVideoRuntimeProps> =>
  ({ props }) => {
    const resolved = resolveVideo(props, formatId);
    return {
      durationInFrames: resolved.timeline.durationInFrames,
      fps: resolved.timeline.fps,
      width: resolved.format.width,
      height: resolved.format.height,
      props: { ...props, resolved },
    };
  };
