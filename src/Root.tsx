import { Composition, Folder } from 'remotion';
import sampleStory from '../assets/stories/kremlin-rejects-biden-terms.json';
import longHeadline from '../assets/stories/long-headline.json';
import noPhoto from '../assets/stories/no-photo.json';
import manyItems from '../assets/stories/many-items.json';
import rtlArabic from '../assets/stories/rtl-arabic.json';
import cjkEmoji from '../assets/stories/cjk-emoji.json';
import { FORMATS, type FormatId } from './formats/formats';
import { NewsVideoPropsSchema, type NewsVideoProps } from './scenes/props';
import { NewsVideo } from './scenes/NewsVideo';
import { metadataFor } from './scenes/resolve';
import { publicPathOf } from './story/public-path';
import type { StudioStory } from './story/studio-story';
import { DEFAULT_FPS } from './timeline/constants';

type Story = NewsVideoProps['story'];

/** Props for a story file in the public folder (`assets/`): its photo as it lies there. */
const studioProps = (storyPath: string, story: Story, fit = false): NewsVideoProps => ({
  story,
  media: { backdrop: story.image ? publicPathOf(storyPath, story.image.src) : null, voiceover: null, music: null, transcript: null },
  fit,
  showSafeArea: false,
});

/** The edge cases a producer checks, each read from its JSON file in assets/stories/. */
const FIXTURES: ReadonlyArray<{ name: string; props: NewsVideoProps }> = [
  { name: 'long-headline', props: studioProps('stories/long-headline.json', longHeadline as Story) },
  { name: 'no-photo', props: studioProps('stories/no-photo.json', noPhoto as Story) },
  { name: 'many-items', props: studioProps('stories/many-items.json', manyItems as Story, true) },
  { name: 'rtl-arabic', props: studioProps('stories/rtl-arabic.json', rtlArabic as Story) },
  { name: 'cjk-emoji', props: studioProps('stories/cjk-emoji.json', cjkEmoji as Story) },
];

/** A story opened with `news60 studio STORY` (see STUDIO_STORY_ENV): its props per format, media prepared by the CLI. */
function openedStory(): StudioStory | null {
  // (Spelt out: the bundler replaces process.env.REMOTION_* where it is written literally.)
  const json = process.env.REMOTION_NEWS60_STORY;
  if (!json) return null;
  try {
    return JSON.parse(json) as StudioStory;
  } catch {
    return null;
  }
}

/** One composition: its size and length come from its props (calculateMetadata). */
const NewsComposition: React.FC<{ id: string; format: FormatId; props: NewsVideoProps }> = ({ id, format, props }) => (
  <Composition
    id={id}
    component={NewsVideo}
    schema={NewsVideoPropsSchema}
    defaultProps={props}
    calculateMetadata={metadataFor(format)}
    width={FORMATS[format].width}
    height={FORMATS[format].height}
    fps={DEFAULT_FPS}
    durationInFrames={1}
  />
);

const formats = Object.keys(FORMATS) as FormatId[];

export const Root: React.FC = () => {
  const opened = openedStory();
  return (
    <>
      {opened ? (
        <Folder name="Story">
          {formats.map((format) => (
            <NewsComposition key={format} id={`story-${format}`} format={format} props={opened.props[format]} />
          ))}
        </Folder>
      ) : null}
      <Folder name="Samples">
        {formats.map((format) => (
          <NewsComposition key={format} id={format} format={format} props={studioProps('stories/kremlin-rejects-biden-terms.json', sampleStory as Story)} />
        ))}
      </Folder>
      <Folder name="Fixtures">
        {FIXTURES.map((fixture) => (
          <Folder key={fixture.name} name={fixture.name}>
            {formats.map((format) => (
              <NewsComposition key={format} id={`${fixture.name}-${format}`} format={format} props={fixture.props} />
            ))}
          </Folder>
        ))}
      </Folder>
    </>
  );
};
