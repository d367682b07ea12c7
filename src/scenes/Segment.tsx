import type { Segment as SegmentData } from '../timeline/types';
import { CloseScene } from './CloseScene';
import { ContextScene } from './ContextScene';
import { FigureScene } from './FigureScene';
import type { Box, Layout } from './layout';
import { OpenScene } from './OpenScene';
import { QuoteScene } from './QuoteScene';
import type { ResolvedVideo } from './resolve';

type SegmentProps = {
  readonly segment: SegmentData;
  readonly video: ResolvedVideo;
  readonly layout: Layout;
  readonly stage: Box;
};

/** The scene for one timeline segment. */
export const Segment: React.FC<SegmentProps> = ({ segment, video, layout, stage }) => {
  const { story, theme } = video;
  const common = { theme, layout, stage };
  switch (segment.kind) {
    case 'open':
      return <OpenScene story={story} {...common} />;
    case 'context':
      return <ContextScene kicker={story.kicker} standfirst={video.captionsReadStory ? undefined : story.standfirst} {...common} />;
    case 'quote':
      return (
        <QuoteScene
          quote={story.quotes[segment.quoteIndex]!}
          locale={story.locale}
          showText={!video.captionsReadStory}
          firstAppearance={video.lowerThirds.includes(segment.id)}
          photo={video.media.backdrop ? { src: video.media.backdrop, alt: story.image?.alt ?? '' } : null}
          {...common}
        />
      );
    case 'figure':
      return <FigureScene figure={story.figures[segment.figureIndex]!} locale={story.locale} comparison={video.comparisons[segment.id]} {...common} />;
    case 'close':
      return <CloseScene story={story} logo={video.media.logo ?? null} {...common} />;
  }
};
