import { createHash } from 'node:crypto';
import type { FormatId } from '../formats/formats';
import { readMedia } from '../render/media';
import { PUBLIC_DIR, TOOL_VERSION } from '../render/project';
import type { LoadedStory } from '../story/load';

/**
 * What an output depends on: the story file (and its theme file), the bytes of every media file
 * it names, the tool version, the format and `--fit`. Equal hashes mean the output is up to date.
 */
export async function inputHash(loaded: LoadedStory, format: FormatId, fit: boolean): Promise<string> {
  const hash = createHash('sha256').update(JSON.stringify([TOOL_VERSION, format, fit, loaded.hash]));
  const { story } = loaded;
  const media: Array<[string, string | undefined]> = [
    ['image.src', story.image?.src],
    ['voiceover.src', story.voiceover?.src],
    ['voiceover.transcript', story.voiceover?.transcript],
    ['music.src', story.music?.src],
    ['theme.logo', story.theme?.logo],
  ];
  for (const [field, src] of media) {
    if (!src) continue;
    hash.update(field).update(await readMedia(field, src, loaded.dir, [PUBLIC_DIR, ...loaded.allowedRoots]));
  }
  return hash.digest('hex');
}
