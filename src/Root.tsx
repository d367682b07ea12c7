import { Composition, Folder } from 'remotion';
import sampleStory from '../assets/stories/kremlin-rejects-biden-terms.json';
import { FORMATS } from './formats/formats';
import { NewsVideoPropsSchema, type NewsVideoProps } from './scenes/props';
import { NewsVideo } from './scenes/NewsVideo';
import { metadataFor } from './scenes/resolve';
import { publicPathOf } from './story/public-path';
import { DEFAULT_FPS } from './timeline/constants';

/** Where a sample story's photo lies in the public folder (`assets/`), for Studio. */
const studioProps = (storyPath: string, story: NewsVideoProps['story']): NewsVideoProps => ({
  story,
  media: { backdrop: story.image ? publicPathOf(storyPath, story.image.src) : null, voiceover: null, music: null, transcript: null },
  fit: false,
  showSafeArea: false,
});

const sample = studioProps('stories/kremlin-rejects-biden-terms.json', sampleStory as NewsVideoProps['story']);

/** One composition per format; each takes its size and length from its props. */
export const Root: React.FC = () => (
  <Folder name="Samples">
    {Object.values(FORMATS).map((format) => (
      <Composition
        key={format.id}
        id={format.id}
        component={NewsVideo}
        schema={NewsVideoPropsSchema}
        defaultProps={sample}
        calculateMetadata={metadataFor(format.id)}
        width={format.width}
        height={format.height}
        fps={DEFAULT_FPS}
        durationInFrames={1}
      />
    ))}
  </Folder>
);
