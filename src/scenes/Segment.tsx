import type { Segment as SegmentData } from '../timeline/types';
import type { ResolvedVideo } from './resolve';
import type { Layout } from './layout';
import { hasOwnNarration } from '../captions/narration';
import { CloseScene } from './CloseScene';
import { ContextScene } from './ContextScene';
import { FigureScene } from './FigureScene';
import { OpenScene } from './OpenScene';
import { QuoteScene } from './QuoteScene';

type SegmentProps = {
  readonly segment: SegmentData;
  readonly video: ResolvedVideo;
  readonly layout: Layout;
};

/** The scene for one timeline segment. */
export const Segment: React.FC<SegmentProps> = ({ segment, video, layout }) => {
  const { story, theme } = video;
  switch (segment.kind) {
    case 'open':
      return <OpenScene story={story} theme={theme} layout={layout} />;
    case 'context':
      return <ContextScene kicker={story.kicker} theme={theme} layout={layout} />;
    case 'quote':
      return (
        <QuoteScene
          quote={story.quotes[segment.quoteIndex]!}
          locale={story.locale}
          showText={hasOwnNarration(story)}
          theme={theme}
          layout={layout}
          photo={video.media.backdrop && story.image ? { src: video.media.backdrop, alt: story.image.alt } : null}
        />
      );
    case 'figure':
      return <FigureScene figure={story.figures[segment.figureIndex]!} locale={story.locale} theme={theme} layout={layout} />;
    case 'close':
      return <CloseScene story={story} theme={theme} layout={layout} />;
  }
};
