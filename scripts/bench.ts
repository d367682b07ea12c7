/**
 * npm run bench [-- --skip scaling,batch]
 *
 * Measures the render pipeline against the targets in DESIGN.md, on this machine:
 * - the sample story (60 s, 1080×1920) through `news60 render`, and the same composition
 *   through a plain `renderMedia` with Remotion's default settings, in the same run;
 * - `news60 render --draft`;
 * - scaling: the sample at 30, 60 and 120 seconds;
 * - a batch of 10 stories, then the same batch again (everything up to date).
 * Each run is a process of its own; its wall time and the peak resident memory of its whole
 * process tree (browser and ffmpeg included) are recorded. Prints a table and writes
 * out/bench.json. Exits 1 when a target is missed.
 */
import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { VERSION } from 'remotion/version';
import { getBundle } from '../src/render/bundle';
import { measure, type Measured } from './bench/measure';

const { values } = parseArgs({ options: { skip: { type: 'string' } } });
const skip = new Set((values.skip ?? '').split(',').filter(Boolean));

const SAMPLE = 'assets/stories/kremlin-rejects-biden-terms.json';
const ROOT = path.resolve('out', 'bench');
const MB = 1024 * 1024;
rmSync(ROOT, { recursive: true, force: true });
mkdirSync(ROOT, { recursive: true });

const cli = (...args: string[]) => measure(process.execPath, ['scripts/news60.mjs', ...args]);
const tsx = path.join('node_modules', '.bin', 'tsx');

function check(run: Measured, what: string): Measured {
  if (run.exitCode !== 0) throw new Error(`${what} failed (exit ${run.exitCode}):\n${run.stderr.slice(-2000)}`);
  return run;
}

/** A copy of a story in `dir`, with its photo and logo beside it, optionally with changes. */
function placeStory(file: string, dir: string, changes: Record<string, unknown> = {}): string {
  mkdirSync(dir, { recursive: true });
  const story = { ...(JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>), ...changes };
  const bring = (src: string) => {
    const name = path.basename(src);
    copyFileSync(path.resolve(path.dirname(file), src), path.join(dir, name));
    return name;
  };
  const image = story.image as { src: string } | undefined;
  if (image) story.image = { ...image, src: bring(image.src) };
  const theme = story.theme as { logo?: string } | undefined;
  if (theme?.logo) story.theme = { ...theme, logo: bring(theme.logo) };
  const target = path.join(dir, `${String(story.id)}.json`);
  writeFileSync(target, `${JSON.stringify(story, null, 2)}\n`);
  return target;
}

/** The manifest entry of a render, for the painted-frame counts and phase times. */
function formatManifest(outDir: string, id: string, format = 'vertical') {
  const manifest = JSON.parse(readFileSync(path.join(outDir, `${id}.manifest.json`), 'utf8')) as {
    formats: Record<string, { paintedFrames: number; paintSeconds: number; encodeSeconds: number }>;
  };
  const { paintedFrames, paintSeconds, encodeSeconds } = manifest.formats[format]!;
  return { paintedFrames, paintSeconds, encodeSeconds };
}

const round = (value: number, digits = 2) => Number(value.toFixed(digits));
const sampleId = (JSON.parse(readFileSync(SAMPLE, 'utf8')) as { id: string }).id;

console.log('warming up: the bundle is built once and reused by every run below');
await getBundle();

// 1. The sample, ours and plain.
const oursOut = path.join(ROOT, 'ours');
const ours = check(await cli('render', SAMPLE, '--out', oursOut, '--json'), 'news60 render');
const phases = formatManifest(oursOut, sampleId);
console.log(`ours:  ${ours.seconds.toFixed(1)} s, ${(ours.peakRssBytes / MB).toFixed(0)} MB peak`);

const plainOut = path.join(ROOT, 'plain', `${sampleId}-vertical.mp4`);
mkdirSync(path.dirname(plainOut), { recursive: true });
const plainRun = check(await measure(tsx, ['scripts/bench/plain.ts', SAMPLE, 'vertical', plainOut]), 'plain renderMedia');
const plain = JSON.parse(plainRun.stdout.trim().split('\n').at(-1)!) as { seconds: number; frames: number };
console.log(`plain: ${plain.seconds.toFixed(1)} s in renderMedia (${plainRun.seconds.toFixed(1)} s with start-up), ${(plainRun.peakRssBytes / MB).toFixed(0)} MB peak`);

// 2. Draft.
const draft = check(await cli('render', SAMPLE, '--out', path.join(ROOT, 'draft'), '--draft', '--json'), 'news60 render --draft');
console.log(`draft: ${draft.seconds.toFixed(1)} s, ${(draft.peakRssBytes / MB).toFixed(0)} MB peak`);

// 3. Scaling with duration.
const scaling: Array<{ durationSeconds: number; seconds: number; peakRssMB: number; paintedFrames: number; secondsPerVideoSecond: number }> = [];
if (!skip.has('scaling')) {
  for (const durationSeconds of [30, 60, 120]) {
    const id = `${sampleId}-${durationSeconds}s`;
    const file = placeStory(SAMPLE, path.join(ROOT, 'scaling', 'stories'), { id, durationSeconds });
    const outDir = path.join(ROOT, 'scaling', 'out');
    const run = check(await cli('render', file, '--out', outDir, '--fit', '--json'), `render ${durationSeconds} s`);
    const { paintedFrames } = formatManifest(outDir, id);
    scaling.push({ durationSeconds, seconds: round(run.seconds), peakRssMB: round(run.peakRssBytes / MB, 0), paintedFrames, secondsPerVideoSecond: round(run.seconds / durationSeconds, 3) });
    console.log(`scaling ${durationSeconds} s: ${run.seconds.toFixed(1)} s (${paintedFrames} frames painted)`);
  }
}

// 4. A batch of 10 stories: the six samples and four more days of the article sample.
let batch: { stories: number; firstSeconds: number; secondSeconds: number; peakRssMB: number; summary: string } | null = null;
if (!skip.has('batch')) {
  const dir = path.join(ROOT, 'batch', 'stories');
  const samples = ['kremlin-rejects-biden-terms', 'long-headline', 'no-photo', 'many-items', 'rtl-arabic', 'cjk-emoji'];
  for (const name of samples) placeStory(`assets/stories/${name}.json`, dir);
  for (let day = 1; day <= 4; day += 1) placeStory(SAMPLE, dir, { id: `${sampleId}-day${day}`, kicker: `Ukraine war, day ${day}` });
  const outDir = path.join(ROOT, 'batch', 'out');
  const first = await cli('batch', dir, '--out', outDir, '--fit');
  if (first.exitCode !== 0) throw new Error(`batch failed (exit ${first.exitCode}):\n${first.stdout.slice(-2000)}${first.stderr.slice(-2000)}`);
  const second = check(await cli('batch', dir, '--out', outDir, '--fit'), 'second batch');
  batch = {
    stories: samples.length + 4,
    firstSeconds: round(first.seconds),
    secondSeconds: round(second.seconds),
    peakRssMB: round(first.peakRssBytes / MB, 0),
    summary: first.stdout.trim().split('\n').at(-1) ?? '',
  };
  console.log(`batch of ${batch.stories}: ${batch.firstSeconds} s, again ${batch.secondSeconds} s`);
}

const frames = plain.frames;
const ratio = plain.seconds / ours.seconds;
const peakMB = Math.max(ours.peakRssBytes, draft.peakRssBytes) / MB;
const linear = scaling.length === 3 ? scaling[2]!.secondsPerVideoSecond <= scaling[1]!.secondsPerVideoSecond * 1.1 && scaling[1]!.secondsPerVideoSecond <= scaling[0]!.secondsPerVideoSecond * 1.1 : null;
const targets = {
  'full 60 s vertical ≤ 60 s': ours.seconds <= 60,
  'at least 3× faster than plain renderMedia': ratio >= 3,
  'draft ≤ 15 s': draft.seconds <= 15,
  'peak memory of one render < 1.5 GB': peakMB < 1536,
  ...(linear === null ? {} : { 'time grows no faster than duration': linear }),
};
const report = {
  date: new Date().toISOString(),
  machine: { cores: os.availableParallelism(), cpu: os.cpus()[0]?.model ?? 'unknown', memoryGiB: round(os.totalmem() / 1024 ** 3, 1), platform: `${os.platform()} ${os.release()}`, node: process.version },
  remotion: VERSION,
  sample: {
    story: SAMPLE,
    frames,
    ours: { seconds: round(ours.seconds), fps: round(frames / ours.seconds, 1), peakRssMB: round(ours.peakRssBytes / MB, 0), ...phases },
    plain: { renderMediaSeconds: round(plain.seconds), wallSeconds: round(plainRun.seconds), fps: round(frames / plain.seconds, 1), peakRssMB: round(plainRun.peakRssBytes / MB, 0) },
    ratio: round(ratio),
  },
  draft: { seconds: round(draft.seconds), peakRssMB: round(draft.peakRssBytes / MB, 0) },
  scaling,
  batch,
  targets,
};
writeFileSync(path.join('out', 'bench.json'), `${JSON.stringify(report, null, 2)}\n`);

console.log(`\nnews60 bench on ${report.machine.cores} cores (${report.machine.cpu}), Remotion ${VERSION}`);
console.log(`  ours   ${report.sample.ours.seconds} s  ${report.sample.ours.fps} fps  ${report.sample.ours.peakRssMB} MB  (${phases.paintedFrames} frames painted in ${phases.paintSeconds} s, encode tail ${phases.encodeSeconds} s)`);
console.log(`  plain  ${report.sample.plain.renderMediaSeconds} s  ${report.sample.plain.fps} fps  ${report.sample.plain.peakRssMB} MB`);
console.log(`  ratio  ${report.sample.ratio}× faster`);
console.log(`  draft  ${report.draft.seconds} s  ${report.draft.peakRssMB} MB`);
for (const entry of scaling) console.log(`  ${entry.durationSeconds} s story  ${entry.seconds} s  (${entry.secondsPerVideoSecond} s per video second)`);
if (batch) console.log(`  batch of ${batch.stories}  ${batch.firstSeconds} s, then ${batch.secondSeconds} s up to date`);
for (const [target, met] of Object.entries(targets)) console.log(`  ${met ? 'met   ' : 'MISSED'} ${target}`);
console.log('written to out/bench.json');
process.exitCode = Object.values(targets).every(Boolean) ? 0 : 1;
