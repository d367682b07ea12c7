/**
 * Reads the burned-in captions of a rendered video back with tesseract and compares each with
 * its cue in the manifest: a frame from the middle of every cue must show that cue's text.
 *   npx tsx scripts/check-burned-captions.ts out/<id>.manifest.json
 * Needs ffmpeg and tesseract (scripts/setup.sh installs them). Exit 1 when a cue does not match.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { FORMATS, type FormatId } from '../src/formats/formats';
import { captionBoxFor, layoutFor } from '../src/scenes/layout';
import { frameAt, normalise, readText, similarity } from '../tests/ocr';

type Manifest = {
  fps: number;
  lowerThirds: string[];
  formats: Partial<Record<FormatId, { outputs: { video: string }; cues: Array<{ startFrame: number; endFrame: number; lines: string[]; segmentId: string }> }>>;
};

const manifestPath = process.argv[2];
if (!manifestPath) {
  console.error('usage: npx tsx scripts/check-burned-captions.ts out/<id>.manifest.json');
  process.exit(2);
}
const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as Manifest;
let failures = 0;
let checked = 0;
for (const [formatId, entry] of Object.entries(manifest.formats) as Array<[FormatId, NonNullable<Manifest['formats'][FormatId]>]>) {
  const video = path.join(path.dirname(manifestPath), entry.outputs.video);
  const layout = layoutFor(FORMATS[formatId]);
  for (const [index, cue] of entry.cues.entries()) {
    const seconds = (cue.startFrame + cue.endFrame) / 2 / manifest.fps;
    const lifted = manifest.lowerThirds.includes(cue.segmentId);
    const read = normalise(await readText(frameAt(video, seconds), captionBoxFor(layout, { lowerThird: lifted })));
    const score = similarity(read, normalise(cue.lines.join(' ')));
    const ok = score >= 0.9;
    checked += 1;
    if (!ok) failures += 1;
    console.log(`${ok ? 'ok  ' : 'FAIL'} ${formatId} cue ${index + 1} at ${seconds.toFixed(2)} s (${(score * 100).toFixed(0)}%): ${cue.lines.join(' / ')}${ok ? '' : `\n     read: ${read}`}`);
  }
}
console.log(`${checked - failures} cues match, ${failures} do not`);
process.exitCode = failures > 0 ? 1 : 0;
