import type { FormatId } from '../formats/formats';
import type { NewsVideoProps } from '../scenes/props';

/**
 * `news60 studio STORY` hands Studio the story through this environment variable (Remotion
 * passes variables named REMOTION_* to the browser): the props of each format, with media
 * already prepared into the public folder.
 */
export const STUDIO_STORY_ENV = 'REMOTION_NEWS60_STORY';

export type StudioStory = {
  /** The story file, as given on the command line. */
  readonly file: string;
  readonly props: Record<FormatId, NewsVideoProps>;
};
