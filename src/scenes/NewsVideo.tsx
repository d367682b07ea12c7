import { useMemo } from 'react';
import { AbsoluteFill, Sequence, useVideoConfig } from 'remotion';
import { Backdrop } from './Backdrop';
import { CaptionTrack } from './CaptionTrack';
import { captionBoxFor, layoutFor, stageFor, type StageNeeds } from './layout';
import type { Cue } from '../captions/types';
import type { Segment as SegmentData } from '../timeline/types';
import { PhotoCredit } from './PhotoCredit';
import { ProblemCard } from './ProblemCard';
import type { NewsVideoRuntimeProps } from './resolve';
import { Segment } from './Segment';
import { SafeAreaOverlay } from './SafeAreaOverlay';
import { Soundtrack } from './Soundtrack';
import { DEFAULT_MUSIC_VOLUME } from '../story/schema';
import { useFontsLoaded } from './use-fonts';

/** Music sits well under any voice unless the story says otherwise. */

/** Segments over the photo are drawn on it; the others bring their own background. */
const OVER_PHOTO = new Set(['open', 'context']);
/** Segments in which the story photo can be seen, and so its credit. */
const PHOTO_SHOWN = new Set(['open', 'context', 'quote']);

/** What a segment shows besides its own text. */
const needsOf = (segment: Pick<SegmentData, 'id'> | undefined, cues: readonly Cue[], lowerThirds: readonly string[]): StageNeeds => ({
  captions: !!segment && cues.some((cue) => cue.segmentId === segment.id),
  lowerThird: !!segment && lowerThirds.includes(segment.id),
});

/** One news video: the timeline's segments in order, and the captions over them. */
export const NewsVideo: React.FC<NewsVideoRuntimeProps> = (props) => {
  const { width } = useVideoConfig();
  // (Another component, not an early return: the two draw with different hooks.)
  return props.problem !== undefined ? <ProblemCard message={props.problem} width={width} /> : <StoryVideo {...props} />;
};

const StoryVideo: React.FC<NewsVideoRuntimeProps> = ({ resolved, showSafeArea }) => {
  const fontsLoaded = useFontsLoaded(resolved ? JSON.stringify([resolved.story, resolved.theme.brand, resolved.cues.map((cue) => cue.lines)]) : '');
  if (!resolved) throw new Error('NewsVideo needs the props that calculateMetadata resolves');
  const { story, theme, format, media, timeline, cues } = resolved;
  const layout = useMemo(() => layoutFor(format), [format]);
  const segmentOf = (cue: Cue) => timeline.segments.find((segment) => segment.id === cue.segmentId);
  if (!fontsLoaded) return null;
  return (
    <AbsoluteFill lang={story.locale} style={{ backgroundColor: theme.colors.background }}>
      {timeline.segments.map((segment) => (
        <Sequence key={segment.id} name={segment.id} from={segment.startFrame} durationInFrames={segment.durationInFrames} premountFor={timeline.fps}>
          {OVER_PHOTO.has(segment.kind) && media.backdrop ? <Backdrop src={media.backdrop} alt={story.image?.alt ?? ''} /> : null}
          <Segment segment={segment} video={resolved} layout={layout} stage={stageFor(layout, needsOf(segment, cues, resolved.lowerThirds))} />
          {/* The credit is on screen whenever the photo is: over it, and under a quote card's veil. */}
          {PHOTO_SHOWN.has(segment.kind) && story.image ? <PhotoCredit credit={story.image.credit} box={layout.topRow} scale={layout.scale} /> : null}
        </Sequence>
      ))}
      <CaptionTrack cues={cues} theme={theme} scale={layout.scale} boxFor={(cue) => captionBoxFor(layout, needsOf(segmentOf(cue), cues, resolved.lowerThirds))} />
      {showSafeArea ? <SafeAreaOverlay safe={layout.safe} /> : null}
      <Soundtrack voiceover={media.voiceover} music={media.music} musicVolume={story.music?.volume ?? DEFAULT_MUSIC_VOLUME} />
    </AbsoluteFill>
  );
};
