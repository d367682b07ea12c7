import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { processTree } from '../scripts/bench/measure';

/**
 * A render stopped half-way (Ctrl-C, or SIGTERM from CI) leaves the earlier good outputs
 * untouched, no partial or temporary file in --out, and no browser or ffmpeg running.
 */
const STORY = 'tests/fixtures/short-story.json';

const alive = (pid: number) => existsSync(`/proc/${pid}`) && !/^\S+ \(.*\) Z/.test(readFileSync(`/proc/${pid}/stat`, 'utf8'));

async function renderAndStop(signal: NodeJS.Signals) {
  const out = mkdtempSync(path.join(os.tmpdir(), 'news60-interrupt-'));
  const good = path.join(out, 'short-test-story-vertical.mp4');
  writeFileSync(good, 'an earlier good render');
  // Its own temporary folder, to see what it leaves there.
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'news60-interrupt-tmp-'));
  const child = spawn(process.execPath, ['scripts/news60.mjs', 'render', STORY, '--out', out], { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, TMPDIR: tmp } });
  let stderr = '';
  let tree = new Set<number>();
  const exit = new Promise<number | null>((resolve) => child.on('exit', (code, killedBy) => resolve(code ?? (killedBy ? 128 + os.constants.signals[killedBy] : null))));
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the render never got going:\n${stderr}`)), 120_000);
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString('utf8');
      // Stop once frames are being painted: the browser and ffmpeg are both at work.
      if (/\b([2-9]\d)% \d+\/\d+ frames/.test(stderr) && tree.size === 0) {
        tree = processTree(child.pid!);
        child.kill(signal);
        clearTimeout(timer);
        resolve();
      }
    });
  });
  const code = await exit;
  // Give the browser's processes a moment to go.
  for (let wait = 0; wait < 50 && [...tree].some(alive); wait += 1) await new Promise((resolve) => setTimeout(resolve, 100));
  return { out, good, code, stderr, tree, tmp };
}

describe('stopping a render half-way', () => {
  it.each(['SIGINT', 'SIGTERM'] as const)('%s: says so, keeps the earlier output, leaves no partial file and no process', async (signal) => {
    const { out, good, code, stderr, tree, tmp } = await renderAndStop(signal);
    // Ctrl-C: Remotion ends the process at once (130); SIGTERM: the render stops and news60 exits 1.
    expect(code).toBe(signal === 'SIGINT' ? 130 : 1);
    expect(stderr).toMatch(signal === 'SIGINT' ? /news60: interrupted/ : /news60: stopped/);
    expect(readFileSync(good, 'utf8')).toBe('an earlier good render');
    expect(readdirSync(out)).toEqual(['short-test-story-vertical.mp4']);
    expect(tree.size).toBeGreaterThanOrEqual(2); // the browser (one process) and often ffmpeg were running
    const left = [...tree].filter(alive);
    expect(left).toEqual([]);
    // No painted frames or chunks left behind.
    expect(readdirSync(tmp).filter((name) => name.startsWith('news60-'))).toEqual([]);
  }, 180_000);
});
