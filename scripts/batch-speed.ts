/**
 * Measures the up-to-date skip of `news60 batch`: a first run that renders a batch, and a
 * second identical run that should render nothing and finish at least 10× faster.
 *   npx tsx scripts/batch-speed.ts [DIR]      (default: tests/fixtures/batch)
 * Prints both wall times and the ratio, and writes them to out/batch-speed.json.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const dir = process.argv[2] ?? 'tests/fixtures/batch';
const out = mkdtempSync(path.join(os.tmpdir(), 'news60-batch-speed-'));

function run(): { seconds: number; summary: string } {
  const started = performance.now();
  const result = spawnSync(process.execPath, ['scripts/news60.mjs', 'batch', dir, '--out', out], { encoding: 'utf8' });
  const seconds = (performance.now() - started) / 1000;
  const summary = result.stdout.trim().split('\n').at(-1) ?? '';
  return { seconds, summary };
}

const first = run();
console.log(`first run:  ${first.seconds.toFixed(2)} s  ${first.summary}`);
const second = run();
console.log(`second run: ${second.seconds.toFixed(2)} s  ${second.summary}`);
const ratio = first.seconds / second.seconds;
console.log(`ratio: ${ratio.toFixed(1)}× (target at least 10×)`);
mkdirSync('out', { recursive: true });
writeFileSync('out/batch-speed.json', `${JSON.stringify({ dir, cores: os.availableParallelism(), firstSeconds: first.seconds, secondSeconds: second.seconds, ratio }, null, 2)}\n`);
process.exitCode = ratio >= 10 ? 0 : 1;
