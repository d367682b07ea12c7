import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { planFrames } from '../src/render/frame-plan';
import { frameFile, StreamingEncoder, type Sound } from '../src/render/encode';

/**
 * The encoder with Remotion's own ffmpeg, on tiny frames: every output frame must show exactly
 * the painted frame the plan says, at a constant 30 fps, whatever the pattern of held frames.
 */
const SIZE = 32;
const level = (index: number) => 10 + index * 5;

/** A plan over `frames` frames with still ranges drawn from a seeded generator. */
function randomPlan(seed: number, frames: number) {
  let state = seed;
  const random = () => {
    state = (state * 16807) % 2147483647;
    return state / 2147483647;
  };
  const still = [];
  let frame = 0;
  while (frame < frames) {
    const length = random() < 0.5 ? 1 : 2 + Math.floor(random() * 60);
    if (length > 1) still.push({ startFrame: frame, durationInFrames: Math.min(length, frames - frame), moving: false });
    frame += length;
  }
  return planFrames(frames, still);
}

async function encode(plan: ReturnType<typeof planFrames>, sound: Sound = { voiceover: null, music: null, musicVolume: 0 }) {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'news60-encode-'));
  const output = path.join(dir, 'out.mp4');
  const encoder = new StreamingEncoder({ framesDir: dir, plan, fps: 30, sound });
  for (const [index, frame] of plan.paint.entries()) {
    await sharp({ create: { width: SIZE, height: SIZE, channels: 3, background: { r: level(index), g: level(index), b: level(index) } } })
      .jpeg({ quality: 100 })
      .toFile(path.join(dir, frameFile(frame)));
    encoder.framePainted(frame);
  }
  await encoder.finish(output);
  return output;
}

/** The grey level at the centre of every frame of a video. */
function levels(video: string): number[] {
  const raw = execFileSync('ffmpeg', ['-v', 'error', '-i', video, '-f', 'rawvideo', '-pix_fmt', 'gray', '-']);
  const result: number[] = [];
  for (let offset = 0; offset < raw.length; offset += SIZE * SIZE) result.push(raw[offset + (SIZE / 2) * SIZE + SIZE / 2]!);
  return result;
}

describe('StreamingEncoder', () => {
  it.each([1, 2, 3])('shows every painted frame exactly where the plan puts it (pattern %i)', async (seed) => {
    const plan = randomPlan(seed, 400);
    expect(plan.paint.length).toBeLessThanOrEqual(45);
    const video = await encode(plan);
    const expected = plan.runs.flatMap((run) => Array.from({ length: run.count }, () => level(plan.paint.indexOf(run.frame))));
    const shown = levels(video);
    expect(shown).toHaveLength(400);
    const wrong = shown.map((value, index) => (Math.abs(value - expected[index]!) > 2 ? `${index}: ${value} ≠ ${expected[index]}` : null)).filter(Boolean);
    expect(wrong).toEqual([]);
    const probe = execFileSync('ffprobe', ['-v', 'error', '-select_streams', 'v:0', '-show_entries', 'stream=r_frame_rate,avg_frame_rate,nb_frames,duration', '-of', 'default=nw=1', video], { encoding: 'utf8' });
    expect(probe).toContain('r_frame_rate=30/1');
    expect(probe).toContain('avg_frame_rate=30/1');
    expect(probe).toContain('nb_frames=400');
    expect(probe).toContain('duration=13.333333');
  });

  it('adds the sound as AAC 48 kHz stereo, cut to the video length', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'news60-encode-sound-'));
    const voice = path.join(dir, 'voice.wav');
    // 20 s of tone: longer than the 4 s video, so it must be cut.
    execFileSync('ffmpeg', ['-v', 'error', '-f', 'lavfi', '-i', 'sine=frequency=440:duration=20', '-ar', '44100', voice]);
    const plan = planFrames(120, [{ startFrame: 10, durationInFrames: 100, moving: false }]);
    const video = await encode(plan, { voiceover: voice, music: null, musicVolume: 0 });
    const audio = execFileSync('ffprobe', ['-v', 'error', '-select_streams', 'a:0', '-show_entries', 'stream=codec_name,sample_rate,channels,duration', '-of', 'default=nw=1', video], { encoding: 'utf8' });
    expect(audio).toContain('codec_name=aac');
    expect(audio).toContain('sample_rate=48000');
    expect(audio).toContain('channels=2');
    const seconds = Number(/duration=([\d.]+)/.exec(audio)![1]);
    expect(seconds).toBeGreaterThan(3.95);
    expect(seconds).toBeLessThan(4.1);
    expect(levels(video)).toHaveLength(120);
  });
});
