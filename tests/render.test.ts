import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';

/**
 * One real render through the CLI, as a user runs it: a 14-second story, checked with ffprobe.
 * Needs Chromium and ffmpeg (ffprobe) from Debian's packages; .ci/run installs them.
 */
const STORY = 'tests/fixtures/short-story.json';
const out = mkdtempSync(path.join(os.tmpdir(), 'news60-render-'));
const video = path.join(out, 'short-test-story-vertical.mp4');
let result: ReturnType<typeof spawnSync>;

function probe(file: string): Record<string, string> {
  const text = execFileSync('ffprobe', ['-v', 'error', '-select_streams', 'v:0', '-count_packets', '-show_entries', 'stream=codec_name,profile,width,height,pix_fmt,r_frame_rate,avg_frame_rate,nb_read_packets:format=duration', '-of', 'default=nw=1', file], { encoding: 'utf8' });
  return Object.fromEntries(text.trim().split('\n').map((line) => line.split('=') as [string, string]));
}

beforeAll(() => {
  result = spawnSync(process.execPath, ['scripts/news60.mjs', 'render', STORY, '--out', out], { encoding: 'utf8', timeout: 280_000 });
});

describe('news60 render (real render of a short story)', () => {
  it('exits 0 and prints plain progress lines with fps and ETA when not on a terminal', () => {
    expect(result.stderr).not.toMatch(/Error/);
    expect(result.status).toBe(0);
    expect(result.stderr).toMatch(/short-test-story-vertical +100% 420\/420 frames \d+\.\d fps ETA 0:00/);
    expect(result.stderr).not.toContain('\r');
  });

  it('writes the video, its SRT and WebVTT captions, its poster and the manifest, and no temporary files', () => {
    expect(readdirSync(out).sort()).toEqual([
      'short-test-story-vertical.jpg',
      'short-test-story-vertical.mp4',
      'short-test-story-vertical.srt',
      'short-test-story-vertical.vtt',
      'short-test-story.manifest.json',
    ]);
  });

  it('makes a poster of the open: a 1080×1920 JPEG', async () => {
    const meta = await sharp(path.join(out, 'short-test-story-vertical.jpg')).metadata();
    expect(meta).toMatchObject({ format: 'jpeg', width: 1080, height: 1920 });
  });

  it('is H.264 High, yuv420p, 1080×1920, 30 fps constant, exactly 14 s', () => {
    expect(probe(video)).toEqual({
      codec_name: 'h264',
      profile: 'High',
      width: '1080',
      height: '1920',
      pix_fmt: 'yuv420p',
      r_frame_rate: '30/1',
      avg_frame_rate: '30/1',
      nb_read_packets: '420',
      duration: '14.000000',
    });
  });

  it('is fast-start: the moov atom comes before the media data', () => {
    const bytes = readFileSync(video);
    const moov = bytes.indexOf('moov');
    const mdat = bytes.indexOf('mdat');
    expect(moov).toBeGreaterThan(0);
    expect(moov).toBeLessThan(mdat);
  });

  it('records the timeline, cues and warnings in the manifest', () => {
    const manifest = JSON.parse(readFileSync(path.join(out, 'short-test-story.manifest.json'), 'utf8'));
    expect(manifest.durationInFrames).toBe(420);
    expect(manifest.formats.vertical.outputs).toEqual({
      video: 'short-test-story-vertical.mp4',
      srt: 'short-test-story-vertical.srt',
      vtt: 'short-test-story-vertical.vtt',
      poster: 'short-test-story-vertical.jpg',
    });
    expect(manifest.warnings).toEqual([]);
    expect(manifest.formats.vertical.warnings).toEqual([]);
    expect(manifest.timeline.map((segment: { id: string }) => segment.id)).toEqual(['open', 'context', 'figure-1', 'close']);
    expect(manifest.formats.vertical.cues.length).toBeGreaterThan(0);
    expect(manifest.story.inputHash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('draws a picture, not a blank frame, in the middle of the open', async () => {
    const manifest = JSON.parse(readFileSync(path.join(out, 'short-test-story.manifest.json'), 'utf8'));
    const open = manifest.timeline[0];
    const seconds = (open.startFrame + open.durationInFrames / 2) / 30;
    const png = execFileSync('ffmpeg', ['-v', 'error', '-ss', String(seconds), '-i', video, '-frames:v', '1', '-f', 'image2pipe', '-vcodec', 'png', '-']);
    const stats = await sharp(png).stats();
    // The white headline on its dark panel gives a wide spread of luminance.
    expect(Math.max(...stats.channels.map((channel) => channel.stdev))).toBeGreaterThan(30);
  });
});

describe('news60 render --draft', () => {
  let draft: ReturnType<typeof spawnSync>;
  let before: Buffer;
  beforeAll(() => {
    before = readFileSync(video);
    draft = spawnSync(process.execPath, ['scripts/news60.mjs', 'render', STORY, '--out', out, '--draft'], { encoding: 'utf8', timeout: 120_000 });
  });

  it('writes a half-size, 15 fps draft of the same length beside the full render', () => {
    expect(draft.status).toBe(0);
    const draftVideo = path.join(out, 'short-test-story-vertical.draft.mp4');
    expect(probe(draftVideo)).toEqual({
      codec_name: 'h264',
      profile: 'High',
      width: '540',
      height: '960',
      pix_fmt: 'yuv420p',
      r_frame_rate: '15/1',
      avg_frame_rate: '15/1',
      nb_read_packets: '210',
      duration: '14.000000',
    });
  });

  it('leaves the full-quality video and its manifest as they were', () => {
    expect(readFileSync(video).equals(before)).toBe(true);
    const manifest = JSON.parse(readFileSync(path.join(out, 'short-test-story.manifest.json'), 'utf8'));
    expect(manifest.formats.vertical.outputs.video).toBe('short-test-story-vertical.mp4');
    expect(readdirSync(out).filter((name) => name.includes('draft'))).toEqual(['short-test-story-vertical.draft.mp4']);
  });
});
