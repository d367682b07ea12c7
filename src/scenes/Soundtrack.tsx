import { Html5Audio, staticFile } from 'remotion';

type SoundtrackProps = {
  /** Voiceover in the public folder; plays from the first frame. */
  readonly voiceover: string | null;
  /** Music bed in the public folder; loops under the voice. */
  readonly music: string | null;
  /** Linear gain of the music, 0–1. */
  readonly musicVolume: number;
};

/** The video's sound. The composition's length cuts both tracks, so the video lasts its duration exactly. */
export const Soundtrack: React.FC<SoundtrackProps> = ({ voiceover, music, musicVolume }) => (
  <>
    {voiceover ? <Html5Audio src={staticFile(voiceover)} /> : null}
    {music ? <Html5Audio src={staticFile(music)} volume={musicVolume} loop /> : null}
  </>
);
