import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { findStoryFiles } from '../src/batch/find';
import { inShard, parseShard } from '../src/batch/shard';

/**
 * The daily batch, run through the CLI on five small stories (one of them invalid): the good
 * ones render, the bad one is reported, exit 1; a second run skips everything; a changed story
 * re-renders alone. Needs Chromium; .ci/run installs it.
 */
const work = mkdtempSync(path.join(os.tmpdir(), 'news60-batch-'));
const stories = path.join(work, 'stories');
const out = path.join(work, 'out');
type Event = { type: string; story?: string };
type Report = { counts: { rendered: number; skipped: number; failed: number }; stories: Array<{ file: string; id: string | null; status: string; outputs: string[]; error?: string }> };

const batch = (...args: string[]) => {
  const result = spawnSync(process.execPath, ['scripts/news60.mjs', 'batch', stories, '--out', out, '--json', ...args], { encoding: 'utf8', timeout: 280_000 });
  const events = result.stdout.trim().split('\n').filter(Boolean).map((line) => JSON.parse(line) as Event);
  return { status: result.status, events, stderr: result.stderr };
};
const readReport = () => JSON.parse(readFileSync(path.join(out, 'batch-report.json'), 'utf8')) as Report;
let first: ReturnType<typeof batch>;

beforeAll(() => {
  cpSync('tests/fixtures/batch', stories, { recursive: true });
  first = batch();
});

describe('news60 batch', () => {
  it('renders the good stories, reports the bad one, and exits 1', () => {
    expect(first.status).toBe(1);
    const report = readReport();
    expect(report.counts).toEqual({ rendered: 4, skipped: 0, failed: 1 });
    const broken = report.stories.find((story) => story.file.endsWith('broken.json'))!;
    expect(broken.status).toBe('failed');
    expect(broken.error).toContain('figures[0].value: must be a number');
  });

  it('bundles once and opens the browser once for the whole batch (the --json events)', () => {
    expect(first.events.filter((event) => event.type === 'bundle')).toHaveLength(1);
    expect(first.events.filter((event) => event.type === 'browser')).toHaveLength(1);
    expect(first.events.filter((event) => event.type === 'finished')).toHaveLength(4);
    expect(first.events.filter((event) => event.type === 'failed')).toHaveLength(0);
  });

  it('writes a report and a JUnit file that agree with what is on disk', () => {
    const report = readReport();
    const onDisk = new Set(readdirSync(out));
    const listed = report.stories.flatMap((story) => story.outputs);
    expect(listed).toHaveLength(4 * 5);
    for (const output of listed) expect(onDisk.has(output)).toBe(true);
    expect([...onDisk].filter((name) => name !== 'batch-report.json' && name !== 'batch-junit.xml').sort()).toEqual([...listed].sort());
    const junit = readFileSync(path.join(out, 'batch-junit.xml'), 'utf8');
    expect(junit).toMatch(/<testsuite name="news60 batch" tests="5" failures="1" skipped="0"/);
    expect(junit.match(/<testcase /g)).toHaveLength(5);
    expect(junit).toContain('figures[0].value: must be a number');
  });

  it('skips everything on a second run, with no bundle and no browser', () => {
    const second = batch();
    expect(second.status).toBe(1);
    expect(readReport().counts).toEqual({ rendered: 0, skipped: 4, failed: 1 });
    expect(second.events.some((event) => event.type === 'bundle' || event.type === 'browser')).toBe(false);
    expect(readFileSync(path.join(out, 'batch-junit.xml'), 'utf8')).toMatch(/skipped="4"/);
  });

  it('re-renders only a story that changed', () => {
    const file = path.join(stories, 'story-2.json');
    writeFileSync(file, readFileSync(file, 'utf8').replace('number 2', 'number two'));
    const third = batch();
    expect(third.status).toBe(1);
    const report = readReport();
    expect(report.counts).toEqual({ rendered: 1, skipped: 3, failed: 1 });
    expect(report.stories.find((story) => story.status === 'rendered')?.id).toBe('batch-story-2');
  });

  it('--dry-run prints the plan and writes nothing', () => {
    const dry = spawnSync(process.execPath, ['scripts/news60.mjs', 'batch', stories, '--out', path.join(work, 'dry'), '--dry-run', '--force'], { encoding: 'utf8' });
    expect(dry.stdout).toMatch(/^render vertical +.*story-1\.json$/m);
    expect(dry.stdout).toMatch(/^invalid +.*broken\.json$/m);
    expect(existsSync(path.join(work, 'dry'))).toBe(false);
  });
});

describe('shards', () => {
  it.each([
    ['2/4', { index: 2, count: 4 }],
    ['1/1', { index: 1, count: 1 }],
    ['0/3', null],
    ['4/3', null],
    ['two', null],
  ])('%s → %j', (text, expected) => {
    expect(parseShard(text)).toEqual(expected);
  });

  it.each([3, 4, 7])('%i shards partition the batch exactly: every story in one, none twice', async (count) => {
    const files = Array.from({ length: 60 }, (_, index) => `day/story-${index}.json`);
    const shards = Array.from({ length: count }, (_, index) => files.filter((file) => inShard(file, { index: index + 1, count })));
    expect(shards.flat().sort()).toEqual([...files].sort());
    expect(new Set(shards.flat()).size).toBe(files.length);
    // Stable: adding a story moves no other story to another shard.
    const more = [...files, 'day/late-story.json'];
    shards.forEach((shard, index) => {
      expect(more.filter((file) => inShard(file, { index: index + 1, count })).filter((file) => file !== 'day/late-story.json')).toEqual(shard);
    });
  });

  it('finds story files but not news60 outputs', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'news60-find-'));
    for (const name of ['a.json', 'b.manifest.json', 'batch-report.json', 'c.txt']) writeFileSync(path.join(dir, name), '{}');
    expect((await findStoryFiles(dir)).map((file) => path.basename(file))).toEqual(['a.json']);
  });
});
