import path from 'node:path';
import { toSrt } from '../captions/srt';
import type { Cue } from '../captions/types';
import { toVtt } from '../captions/vtt';
import type { FormatId } from '../formats/formats';
import { writeAllAtomically } from './atomic';
import { writeFile } from 'node:fs/promises';

/** Sidecar caption files for a story and format, with the same cues as the burned-in captions. */
export const sidecarNames = (id: string, format: FormatId) => ({ srt: `${id}-${format}.srt`, vtt: `${id}-${format}.vtt` });

/** Writes `<id>-<format>.srt` and `.vtt` atomically; returns their paths. */
export async function writeSidecars(outDir: string, id: string, format: FormatId, cues: readonly Cue[], fps: number): Promise<string[]> {
  const names = sidecarNames(id, format);
  const srt = path.join(outDir, names.srt);
  const vtt = path.join(outDir, names.vtt);
  await writeAllAtomically([
    { path: srt, write: (temporary) => writeFile(temporary, toSrt(cues, fps)) },
    { path: vtt, write: (temporary) => writeFile(temporary, toVtt(cues, fps)) },
  ]);
  return [srt, vtt];
}
