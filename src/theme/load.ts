import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { problemsFromZod, type Problem } from '../story/problems';
import type { LoadedStory } from '../story/load';
import { ThemeSchema, type Theme } from './schema';

/** A house theme from a `--theme` file, for every story that sets none of its own. */
export type ThemeFile = { readonly file: string; readonly dir: string; readonly theme: Theme; readonly hash: string };

/** Reads and validates a theme file; its logo path becomes absolute (it is relative to the theme file). */
export async function loadThemeFile(file: string): Promise<{ ok: true; themeFile: ThemeFile } | { ok: false; problems: Problem[] }> {
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return { ok: false, problems: [{ file, path: '', message: code === 'ENOENT' ? 'theme file not found' : `cannot be read (${code})` }] };
  }
  let json: unknown;
  try {
    json = JSON.parse(bytes.toString('utf8'));
  } catch (error) {
    return { ok: false, problems: [{ file, path: '', message: `is not valid JSON: ${(error as Error).message}` }] };
  }
  const result = ThemeSchema.safeParse(json);
  if (!result.success) return { ok: false, problems: problemsFromZod(file, result.error) };
  const dir = path.dirname(path.resolve(file));
  const theme = result.data.logo ? { ...result.data, logo: path.resolve(dir, result.data.logo) } : result.data;
  return { ok: true, themeFile: { file, dir, theme, hash: createHash('sha256').update(bytes).digest('hex') } };
}

/** The story with the house theme when it sets none; the theme file counts in its input hash. */
export function applyThemeFile(loaded: LoadedStory, themeFile: ThemeFile | null): LoadedStory {
  if (!themeFile || loaded.story.theme) return loaded;
  return {
    ...loaded,
    story: { ...loaded.story, theme: themeFile.theme },
    hash: createHash('sha256').update(loaded.hash).update(themeFile.hash).digest('hex'),
    allowedRoots: [...loaded.allowedRoots, themeFile.dir],
  };
}
