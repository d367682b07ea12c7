import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { formatProblem, problemsFromZod, type Problem } from './problems';
import { StorySchema, type Story } from './schema';
import { storyId } from './slug';

/** A story file that passed validation. */
export type LoadedStory = {
  readonly file: string;
  /** Folder the story's relative media paths are resolved against. */
  readonly dir: string;
  readonly id: string;
  readonly story: Story;
  /** sha256 of the file's bytes (and of the theme file's, when one applies). */
  readonly hash: string;
  /** Folders besides the story's own that its media may come from (a theme file's folder). */
  readonly allowedRoots: readonly string[];
};

export type LoadResult = { readonly ok: true; readonly loaded: LoadedStory } | { readonly ok: false; readonly problems: Problem[] };

/** Largest story file read; a story is a few kilobytes. */
const MAX_STORY_BYTES = 1024 * 1024;

/** Validates parsed JSON against the story schema. Never throws. */
export function validateStory(file: string, json: unknown): { ok: true; story: Story } | { ok: false; problems: Problem[] } {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    const what = Array.isArray(json) ? 'a list' : json === null ? 'null' : typeof json === 'string' ? 'text' : `a ${typeof json}`;
    return { ok: false, problems: [{ file, path: '', message: `must be a story: a JSON object with at least a headline, not ${what}` }] };
  }
  const result = StorySchema.safeParse(json);
  if (result.success) return { ok: true, story: result.data };
  return { ok: false, problems: problemsFromZod(file, result.error) };
}

/** Reads, parses and validates a story file. Never throws: every failure is a problem. */
export async function loadStory(file: string): Promise<LoadResult> {
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const message =
      code === 'ENOENT' ? 'file not found' : code === 'EISDIR' ? 'is a folder, not a story file' : `cannot be read (${code ?? String(error)})`;
    return { ok: false, problems: [{ file, path: '', message }] };
  }
  if (bytes.length > MAX_STORY_BYTES) {
    return { ok: false, problems: [{ file, path: '', message: `is ${bytes.length} bytes; a story file may be at most ${MAX_STORY_BYTES}` }] };
  }
  let json: unknown;
  try {
    json = JSON.parse(bytes.toString('utf8').replace(/^\uFEFF/, ''));
  } catch (error) {
    return { ok: false, problems: [{ file, path: '', message: `is not valid JSON: ${(error as Error).message}` }] };
  }
  const validated = validateStory(file, json);
  if (!validated.ok) return validated;
  const story = validated.story;
  return {
    ok: true,
    loaded: {
      file,
      dir: path.dirname(path.resolve(file)),
      id: storyId(story),
      story,
      hash: createHash('sha256').update(bytes).digest('hex'),
      allowedRoots: [],
    },
  };
}

export { formatProblem };

/** A story whose media may also come from the folders given with --allow-path. */
export const allowing = (loaded: LoadedStory, allowPaths: readonly string[]): LoadedStory =>
  allowPaths.length === 0 ? loaded : { ...loaded, allowedRoots: [...loaded.allowedRoots, ...allowPaths.map((folder) => path.resolve(folder))] };
