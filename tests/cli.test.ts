import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCommand } from '../src/cli/args';
import { main } from '../src/cli/main';
import { chooseBrowser } from '../src/render/browser';
import { captureStream } from './helpers';

const SAMPLE = 'assets/stories/kremlin-rejects-biden-terms.json';

async function run(...argv: string[]) {
  const stdout = captureStream();
  const stderr = captureStream();
  const code = await main(argv, { stdout, stderr });
  return { code, stdout: stdout.text(), stderr: stderr.text() };
}

function tempDir(): string {
  return mkdtempSync(path.join(os.tmpdir(), 'news60-cli-'));
}

function writeStory(dir: string, name: string, json: unknown): string {
  const file = path.join(dir, name);
  writeFileSync(file, typeof json === 'string' ? json : JSON.stringify(json));
  return file;
}

describe('parseCommand: flags → options', () => {
  it.each([
    [['render', 'a.json'], { command: 'render', stories: ['a.json'], outDir: 'out', formats: ['vertical'], fit: false, draft: false, json: false }],
    [['render', 'a.json', 'b.json', '--out', 'dist', '--fit', '--json', '--concurrency', '2', '--browser', '/opt/chrome'], { stories: ['a.json', 'b.json'], outDir: 'dist', fit: true, json: true, concurrency: 2, browser: '/opt/chrome' }],
    [['render', 'a.json', '--format', 'all'], { formats: ['vertical', 'portrait', 'square', 'landscape'] }],
    [['render', 'a.json', '--format', 'square, landscape'], { formats: ['square', 'landscape'] }],
    [['render', 'a.json', '--format', 'vertical,vertical'], { formats: ['vertical'] }],
    [['validate', 'a.json', 'b.json'], { command: 'validate', stories: ['a.json', 'b.json'], json: false }],
    [['captions', 'a.json', '--out', 'subs'], { command: 'captions', story: 'a.json', outDir: 'subs', formats: ['vertical'], fit: false }],
    [[], { command: 'help' }],
    [['--help'], { command: 'help' }],
    [['render', '--help'], { command: 'help' }],
    [['--version'], { command: 'version' }],
  ])('%j', (argv, expected) => {
    expect(parseCommand(argv)).toMatchObject(expected);
  });

  it.each([
    [['frobnicate'], 'unknown command "frobnicate"; see news60 --help'],
    [['render'], 'render: give at least one story file, e.g. news60 render story.json'],
    [['render', 'a.json', '--format', 'cinema'], '--format: unknown format "cinema"; use vertical, portrait, square, landscape or all'],
    [['render', 'a.json', '--concurrency', '0'], '--concurrency: expected a whole number of at least 1, got "0"'],
    [['render', 'a.json', '--colour'], "Unknown option '--colour'; see news60 --help"],
    [['validate', 'a.json', '--out', 'x'], 'validate: --out belongs to render'],
    [['captions'], 'captions: give exactly one story file, e.g. news60 captions story.json --out out'],
    [['captions', 'a.json', '--browser', 'x'], 'captions: --browser belongs to render'],
  ])('%j is a usage error', (argv, message) => {
    expect(() => parseCommand(argv)).toThrow(message);
  });
});

describe('browser choice', () => {
  it.each([
    ['the flag first', '/flag/chrome', { NEWS60_BROWSER: '/env/chrome' }, [], { executable: '/flag/chrome', from: 'flag' }],
    ['then NEWS60_BROWSER', undefined, { NEWS60_BROWSER: '/env/chrome' }, [], { executable: '/env/chrome', from: 'env' }],
    ["then Debian's Chromium binary, not its wrapper", undefined, {}, ['/usr/lib/chromium/chromium', '/usr/bin/chromium'], { executable: '/usr/lib/chromium/chromium', from: 'system' }],
    ['then the wrapper', undefined, {}, ['/usr/bin/chromium'], { executable: '/usr/bin/chromium', from: 'system' }],
    ["then Remotion's own", undefined, {}, [], { executable: null, from: 'remotion' }],
  ])('%s', (_name, flag, env, present, expected) => {
    expect(chooseBrowser(flag, env, (file) => (present as string[]).includes(file))).toEqual(expected);
  });
});

describe('news60 captions', () => {
  it('writes the SRT and WebVTT sidecars without a browser, and nothing else', async () => {
    const out = path.join(tempDir(), 'out');
    const result = await run('captions', SAMPLE, '--out', out);
    expect(result.code).toBe(0);
    expect(readdirSync(out).sort()).toEqual(['2022-12-02-kremlin-rejects-biden-terms-vertical.srt', '2022-12-02-kremlin-rejects-biden-terms-vertical.vtt']);
    expect(readFileSync(path.join(out, '2022-12-02-kremlin-rejects-biden-terms-vertical.vtt'), 'utf8')).toMatch(/^WEBVTT\n\n1\n00:00:0\d\.\d{3} --> /);
  });

  function voiceoverStory(transcript: string, name = 'voice.srt'): string {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'voice.wav'), '');
    writeFileSync(path.join(dir, name), transcript);
    return writeStory(dir, 'story.json', { headline: 'Council opens new bridge', voiceover: { src: 'voice.wav', transcript: name }, durationSeconds: 10 });
  }

  it.each([
    ['overlapping times', '1\n00:00:01,000 --> 00:00:03,000\nOne.\n\n2\n00:00:02,000 --> 00:00:04,000\nTwo.\n', 'voice.srt', 'voice.srt: cue 2 starts at 00:00:02,000, before cue 1 ends at 00:00:03,000'],
    ['times past the end', '1\n00:00:01,000 --> 00:00:12,000\nToo long.\n', 'voice.srt', 'voice.srt: cue 1 ends at 00:00:12,000, after the video ends at 00:00:10,000'],
    ['an unreadable file', 'this is not a transcript', 'voice.srt', 'voice.srt:'],
    ['JSON that is not a caption list', '{"captions": true}', 'voice.json', 'voice.json:'],
  ])('a transcript with %s: exit 2 and a message naming the field and file, no output', async (_name, transcript, name, message) => {
    const story = voiceoverStory(transcript, name);
    const out = path.join(path.dirname(story), 'out');
    const result = await run('captions', story, '--out', out);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`${story}: voiceover.transcript: ${message}`);
    expect(existsSync(out)).toBe(false);
    const validated = await run('validate', story);
    expect(validated.code).toBe(2);
    expect(validated.stderr).toContain(message);
  });
});

describe('news60 exit codes', () => {
  it('validate: 0 for a good story', async () => {
    const result = await run('validate', SAMPLE);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(`ok ${SAMPLE} (2022-12-02-kremlin-rejects-biden-terms)`);
  });

  it('validate: 2, with every problem of every file named by file and field path', async () => {
    const dir = tempDir();
    const bad = writeStory(dir, 'bad.json', { headline: 'Fine', quotes: [{ text: 'No speaker' }] });
    const broken = writeStory(dir, 'broken.json', '{"headline": "oops",');
    const result = await run('validate', SAMPLE, bad, broken);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`${bad}: quotes[0].speaker: required`);
    expect(result.stderr).toMatch(new RegExp(`${broken.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: is not valid JSON: `));
  });

  it('validate --json: a machine-readable result', async () => {
    const dir = tempDir();
    const bad = writeStory(dir, 'bad.json', {});
    const result = await run('validate', bad, '--json');
    expect(result.code).toBe(2);
    expect(JSON.parse(result.stdout)).toEqual({ ok: false, results: [{ file: bad, ok: false, problems: [{ file: bad, path: 'headline', message: 'required' }] }] });
  });

  it('validate: 2 for a story whose text cannot fit its duration', async () => {
    const dir = tempDir();
    const long = writeStory(dir, 'long.json', { headline: 'x'.repeat(100), standfirst: 'y'.repeat(200), durationSeconds: 10 });
    const result = await run('validate', long);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`${long}: the story needs`);
    expect(result.stderr).toContain('context (standfirst)');
  });

  it('usage errors: 2', async () => {
    expect((await run('render')).code).toBe(2);
    expect((await run('explode')).code).toBe(2);
    expect((await run('render', SAMPLE, '--format', 'imax')).code).toBe(2);
  });

  it('render: 2 and no output for a bad story, before any browser starts', async () => {
    const dir = tempDir();
    const out = path.join(dir, 'out');
    const bad = writeStory(dir, 'bad.json', { headline: 'x', durationSeconds: 'long' });
    const result = await run('render', bad, '--out', out);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`${bad}: durationSeconds: must be a number`);
    expect(existsSync(out)).toBe(false);
  });

  it('render: 2 and no output for a story that cannot fit, unless --fit', async () => {
    const dir = tempDir();
    const out = path.join(dir, 'out');
    const long = writeStory(dir, 'long.json', { headline: 'x'.repeat(100), standfirst: 'y'.repeat(200), durationSeconds: 10 });
    const result = await run('render', long, '--out', out);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('render with --fit');
    expect(existsSync(out)).toBe(false);
  });

  it.each([
    ['a missing photo', { image: { src: 'nowhere.jpg', credit: 'A', alt: 'B' } }, 'image.src: nowhere.jpg: file not found'],
    ['a photo outside the story folder', { image: { src: '../../etc/passwd', credit: 'A', alt: 'B' } }, "image.src: ../../etc/passwd lies outside the story's folder"],
    ['a photo that is not an image', { image: { src: 'story.json', credit: 'A', alt: 'B' } }, 'image.src: story.json is not a readable image'],
    ['a file: URL', { image: { src: 'file:///etc/passwd', credit: 'A', alt: 'B' } }, 'image.src: file: URLs are not allowed'],
    ['a voiceover that is not audio', { voiceover: { src: 'story.json' } }, 'voiceover.src: story.json is not an audio file news60 reads'],
  ])('validate and render: 2 for %s, before any browser starts', async (_name, fields, message) => {
    const dir = tempDir();
    const story = writeStory(dir, 'story.json', { headline: 'Council opens new bridge', ...fields });
    const validated = await run('validate', story);
    expect(validated.code).toBe(2);
    expect(validated.stderr).toContain(message);
    const out = path.join(dir, 'out');
    const rendered = await run('render', story, '--out', out, '--browser', path.join(dir, 'no-such-chrome'));
    expect(rendered.code).toBe(2);
    expect(rendered.stderr).toContain(`${story}: ${message}`);
    expect(existsSync(out)).toBe(false);
  });

  it('render: 2 when --out is a file', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'taken');
    writeFileSync(file, 'not a folder');
    const result = await run('render', SAMPLE, '--out', file, '--browser', path.join(dir, 'no-such-chrome'));
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`--out ${file} is a file, not a folder`);
  });

  it('--theme: a house theme file is checked, named in its errors, and applied to stories without one', async () => {
    const dir = tempDir();
    const bad = path.join(dir, 'bad-theme.json');
    writeFileSync(bad, JSON.stringify({ colors: { accent: '#eeeeee' }, fnt: 1 }));
    const result = await run('validate', SAMPLE, '--theme', bad);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`${bad}: colors.accentText: contrast of accentText #ffffff on accent #eeeeee is 1.16:1`);
    expect(result.stderr).toContain(`${bad}: fnt: unknown field`);
    expect(result.stdout).toBe('');
    const missingLogo = path.join(dir, 'theme.json');
    writeFileSync(missingLogo, JSON.stringify({ logo: 'nowhere.svg' }));
    const story = writeStory(dir, 'story.json', { headline: 'Council opens new bridge' });
    const logo = await run('validate', story, '--theme', missingLogo);
    expect(logo.code).toBe(2);
    expect(logo.stderr).toContain('theme.logo: ');
    expect((await run('validate', story, '--theme', 'assets/themes/house.json')).code).toBe(0);
  });

  it('validate --fit accepts a story that render --fit would render', async () => {
    const dir = tempDir();
    const long = writeStory(dir, 'long.json', { headline: 'Short headline', quotes: Array.from({ length: 6 }, (_, index) => ({ text: 'w'.repeat(300), speaker: `Speaker ${index + 1}` })) });
    expect((await run('validate', long)).code).toBe(2);
    expect((await run('validate', long, '--fit')).code).toBe(0);
  });

  it('render: 2 for a --browser path that does not exist, with no output', async () => {
    const dir = tempDir();
    const out = path.join(dir, 'out');
    const result = await run('render', SAMPLE, '--out', out, '--browser', path.join(dir, 'no-such-chrome'));
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('no browser at');
    expect(existsSync(out) ? readdirSync(out) : []).toEqual([]);
  });

  it('render: 1 when the browser fails to start, with no output', async () => {
    const dir = tempDir();
    const out = path.join(dir, 'out');
    const fake = path.join(dir, 'fake-chrome');
    writeFileSync(fake, '#!/bin/sh\nexit 3\n', { mode: 0o755 });
    const result = await run('render', SAMPLE, '--out', out, '--browser', fake);
    expect(result.code).toBe(1);
    expect(existsSync(out) ? readdirSync(out) : []).toEqual([]);
  });
});
