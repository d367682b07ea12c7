import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { FORMATS } from '../src/formats/formats';
import { layoutFor } from '../src/scenes/layout';
import { frameAt, normalise, readText, similarity } from './ocr';

/**
 * A real render of a story with a voiceover and a timed transcript: the audio is in the video,
 * the captions follow the transcript, the sidecars match, and each cue's frame shows its text
 * (read back with tesseract). The voice is a tone made with ffmpeg; only its timing matters.
 */
const work = mkdtempSync(path.join(os.tmpdir(), 'news60-voiceover-'));
const out = path.join(work, 'out');
const id = 'voiceover-test-story';
const video = path.join(out, `${id}-vertical.mp4`);
let result: ReturnType<typeof spawnSync>;

type ManifestCue = { startFrame: number; endFrame: number; lines: string[] };

beforeAll(() => {
  cpSync('tests/fixtures/voiceover', work, { recursive: true });
  execFileSync('ffmpeg', ['-v', 'error', '-f', 'lavfi', '-i', 'sine=frequency=220:duration=13', '-ac', '2', '-ar', '44100', path.join(work, 'voice.wav')]);
  result = spawnSync(process.execPath, ['scripts/news60.mjs', 'render', path.join(work, 'story.json'), '--out', out], { encoding: 'utf8', timeout: 280_000 });
});

const manifest = () => {
  const parsed = JSON.parse(readFileSync(path.join(out, `${id}.manifest.json`), 'utf8')) as { fps: number; formats: { vertical: { cues: ManifestCue[] } } };
  return { fps: parsed.fps, cues: parsed.formats.vertical.cues };
};

describe('news60 render with a voiceover', () => {
  it('exits 0 and writes the video, both sidecars and the manifest', () => {
    expect(result.stderr).not.toMatch(/Error/);
    expect(result.status).toBe(0);
    expect(readdirSync(out).sort()).toEqual([`${id}-vertical.jpg`, `${id}-vertical.mp4`, `${id}-vertical.srt`, `${id}-vertical.vtt`, `${id}.manifest.json`]);
  });

  it('carries the voice as AAC 48 kHz stereo, and the video lasts exactly 14 s', () => {
    const streams = execFileSync('ffprobe', ['-v', 'error', '-show_entries', 'stream=codec_type,codec_name,sample_rate,channels,duration', '-of', 'json', video], { encoding: 'utf8' });
    const parsed = JSON.parse(streams).streams as Array<Record<string, string | number>>;
    expect(parsed.find((stream) => stream.codec_type === 'video')).toMatchObject({ codec_name: 'h264', duration: '14.000000' });
    expect(parsed.find((stream) => stream.codec_type === 'audio')).toMatchObject({ codec_name: 'aac', sample_rate: '48000', channels: 2 });
  });

  it('times the captions from the transcript, and the SRT says the same, to the millisecond', () => {
    const { cues, fps } = manifest();
    expect(cues[0]).toMatchObject({ startFrame: 9, lines: ['The council has', 'opened the new bridge.'] });
    const srt = readFileSync(path.join(out, `${id}-vertical.srt`), 'utf8');
    const times = [...srt.matchAll(/(\d\d):(\d\d):(\d\d),(\d{3}) --> (\d\d):(\d\d):(\d\d),(\d{3})/g)].map((match) => {
      const ms = (h: string, m: string, s: string, f: string) => ((Number(h) * 60 + Number(m)) * 60 + Number(s)) * 1000 + Number(f);
      return [ms(match[1]!, match[2]!, match[3]!, match[4]!), ms(match[5]!, match[6]!, match[7]!, match[8]!)];
    });
    expect(times).toEqual(cues.map((cue) => [Math.round((cue.startFrame * 1000) / fps), Math.round((cue.endFrame * 1000) / fps)]));
  });

  it("shows each cue's text, and only that, in a frame from the middle of the cue", async () => {
    const { cues, fps } = manifest();
    const box = layoutFor(FORMATS.vertical).caption;
    for (const cue of cues) {
      const seconds = (cue.startFrame + cue.endFrame) / 2 / fps;
      const read = normalise(await readText(frameAt(video, seconds), box));
      const expected = normalise(cue.lines.join(' '));
      expect({ seconds, read, score: similarity(read, expected) >= 0.9 }).toEqual({ seconds, read: expect.any(String), score: true });
    }
  });

  it('shows no caption between cues', async () => {
    const { cues, fps } = manifest();
    const box = layoutFor(FORMATS.vertical).caption;
    const gapFrame = cues[0]!.endFrame + 1 < cues[1]!.startFrame ? cues[0]!.endFrame + 1 : cues[1]!.startFrame - 1;
    expect(normalise(await readText(frameAt(video, (gapFrame + 0.5) / fps), box))).toBe('');
    // …and the same frame a few frames later, inside the next cue, does read (the check can fail).
    expect(normalise(await readText(frameAt(video, (cues[1]!.startFrame + 3.5) / fps), box))).not.toBe('');
  });
});
