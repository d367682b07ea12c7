import { rmSync } from 'node:fs';
import { mkdir, rename, rm, stat } from 'node:fs/promises';
import { InputError, RenderFailure } from './errors';
import path from 'node:path';

/** A temporary path beside `finalPath`, with the same extension (Remotion picks the muxer by it). */
export function temporaryPathFor(finalPath: string): string {
  const extension = path.extname(finalPath);
  return path.join(path.dirname(finalPath), `.news60-tmp-${process.pid}-${path.basename(finalPath, extension)}${extension}`);
}

/**
 * Writes several files to temporary names, then renames them all into place: a failure at any
 * step removes every temporary file and leaves whatever was at the final paths untouched.
 */
export async function writeAllAtomically(entries: ReadonlyArray<{ readonly path: string; readonly write: (temporaryPath: string) => Promise<void> }>): Promise<void> {
  const temporaries = entries.map((entry) => temporaryPathFor(entry.path));
  // A process ended mid-write (Remotion exits on Ctrl-C) removes its temporary files too.
  const removeSync = () => temporaries.forEach((temporary) => rmSync(temporary, { force: true }));
  process.once('exit', removeSync);
  try {
    for (const [index, entry] of entries.entries()) await entry.write(temporaries[index]!);
    for (const [index, entry] of entries.entries()) await rename(temporaries[index]!, entry.path);
  } catch (error) {
    await Promise.all(temporaries.map((temporary) => rm(temporary, { force: true })));
    throw explainWriteError(error, path.dirname(entries[0]?.path ?? '.'));
  } finally {
    process.off('exit', removeSync);
  }
}

/** A full disk or a folder that cannot be written, said plainly; other errors as they are. */
function explainWriteError(error: unknown, folder: string): unknown {
  const code = (error as NodeJS.ErrnoException).code;
  const text = error instanceof Error ? error.message : String(error);
  if (code === 'ENOSPC' || code === 'EDQUOT' || /No space left on device/i.test(text)) {
    return new RenderFailure(`no space left on the disk for the outputs in ${folder}; free some space and render again (earlier outputs are untouched)`);
  }
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') return new InputError(`${folder} cannot be written to (${code}); choose another --out folder`);
  return error;
}

/** One file, written as {@link writeAllAtomically} writes several. */
export const writeAtomically = (finalPath: string, write: (temporaryPath: string) => Promise<void>): Promise<void> =>
  writeAllAtomically([{ path: finalPath, write }]);

/**
 * Makes a folder and its missing parents, one level at a time. (Node's own recursive mkdir
 * never returns for a path under /proc; this fails at once with the error of the first level
 * that cannot be made.)
 */
export async function ensureDir(dir: string): Promise<void> {
  const missing: string[] = [];
  let current = path.resolve(dir);
  for (;;) {
    try {
      if (!(await stat(current)).isDirectory()) throw Object.assign(new Error(`${current} is not a folder`), { code: 'ENOTDIR' });
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      missing.unshift(current);
      const parent = path.dirname(current);
      if (parent === current) break;
      current = parent;
    }
  }
  for (const folder of missing) {
    try {
      await mkdir(folder);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
  }
}
