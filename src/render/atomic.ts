import { rmSync } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
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
    throw error;
  } finally {
    process.off('exit', removeSync);
  }
}

/** One file, written as {@link writeAllAtomically} writes several. */
export const writeAtomically = (finalPath: string, write: (temporaryPath: string) => Promise<void>): Promise<void> =>
  writeAllAtomically([{ path: finalPath, write }]);
