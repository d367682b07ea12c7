import { describe, expect, it } from 'vitest';
import { planFrames } from '../src/render/frame-plan';
import { chunkArgs, chunkRuns, concatList, frameFile, muxArgs } from '../src/render/encode';
import { progressOf } from '../src/render/render-story';
import { stillRanges } from '../src/timeline/motion';
import { planTimeline } from '../src/timeline/plan';
import { makeStory, quote, figure } from './helpers';

const still = (startFrame: number, durationInFrames: number) => ({ startFrame, durationInFrames, moving: false });

/** The composition frame each output frame shows, expanded from the runs. */
const expand = (runs: ReturnType<typeof planFrames>['runs']) => runs.flatMap((run) => Array.from({ length: run.count }, () => run.frame));

describe('planFrames', () => {
  it.each([
    { name: 'no still ranges: every frame painted', duration: 5, ranges: [], step: 1, shown: [0, 1, 2, 3, 4] },
    { name: 'a still range is shown as its first frame', duration: 8, ranges: [still(2, 4)], step: 1, shown: [0, 1, 2, 2, 2, 2, 6, 7] },
    { name: 'two still ranges back to back stay apart', duration: 6, ranges: [still(0, 3), still(3, 3)], step: 1, shown: [0, 0, 0, 3, 3, 3] },
    { name: 'ranges given out of order', duration: 6, ranges: [still(3, 3), still(0, 2)], step: 1, shown: [0, 0, 2, 3, 3, 3] },
    { name: 'draft keeps every second frame', duration: 7, ranges: [], step: 2, shown: [0, 2, 4, 6] },
    { name: 'draft inside a still range shows its first frame', duration: 10, ranges: [still(3, 5)], step: 2, shown: [0, 2, 3, 3, 8] },
    { name: 'empty ranges are ignored', duration: 3, ranges: [still(1, 0)], step: 1, shown: [0, 1, 2] },
  ])('$name', ({ duration, ranges, step, shown }) => {
    const plan = planFrames(duration, ranges, step);
    expect(expand(plan.runs)).toEqual(shown);
    expect(plan.outputFrames).toBe(shown.length);
    expect(plan.paint).toEqual([...new Set(shown)]);
  });

  it('rejects nonsense', () => {
    expect(() => planFrames(0, [])).toThrow(/durationInFrames/);
    expect(() => planFrames(10, [], 0)).toThrow(/step/);
  });

  it('paints a fraction of a real story, and every output frame is accounted for', () => {
    const story = makeStory({
      durationSeconds: 60,
      standfirst: 'The council voted on Tuesday to fund a second crossing after years of delays.',
      quotes: [quote('The bridge will carry buses and bicycles from the first day.', 'Maria Lopez', 'Council leader'), quote('We were asked to wait far too long.', 'Tom Reed')],
      figures: [figure(120, 'million pounds'), figure(2027, 'year it opens')],
    });
    const timeline = planTimeline(story);
    const cuts = [0, 150, 300, 450, 900, 1200];
    const ranges = stillRanges(timeline.segments, cuts);
    const plan = planFrames(timeline.durationInFrames, ranges);
    expect(plan.outputFrames).toBe(1800);
    expect(plan.paint.length).toBeLessThan(1800 / 4);
    // Every moving frame is painted; every still frame shows the first frame of its range.
    const shown = expand(plan.runs);
    for (const segment of timeline.segments) {
      for (const range of segment.motion) {
        for (let frame = range.startFrame; frame < range.startFrame + range.durationInFrames; frame += 1) {
          if (range.moving) expect(shown[frame]).toBe(frame);
          else expect(ranges.some((r) => r.startFrame === shown[frame] && frame < r.startFrame + r.durationInFrames)).toBe(true);
        }
      }
    }
  });
});

describe('chunkRuns', () => {
  it('cuts every chunk at the target length, splitting long runs, and keeps every frame in order', () => {
    const runs = [
      { frame: 0, count: 100 },
      { frame: 100, count: 1 },
      { frame: 101, count: 80 },
      { frame: 181, count: 400 },
      { frame: 581, count: 19 },
    ];
    const chunks = chunkRuns(runs, 150);
    expect(chunks.map((chunk) => chunk.outputFrames)).toEqual([150, 150, 150, 150]);
    expect(chunks[0]!.runs).toEqual([{ frame: 0, count: 100 }, { frame: 100, count: 1 }, { frame: 101, count: 49 }]);
    const shown = (list: readonly { frame: number; count: number }[]) => list.flatMap((run) => Array.from({ length: run.count }, () => run.frame));
    expect(shown(chunks.flatMap((chunk) => chunk.runs))).toEqual(shown(runs));
  });

  it('leaves a shorter last chunk, and gives nothing for nothing', () => {
    expect(chunkRuns([{ frame: 0, count: 10 }], 4).map((chunk) => chunk.outputFrames)).toEqual([4, 4, 2]);
    expect(chunkRuns([], 150)).toEqual([]);
  });
});

describe('concatList', () => {
  it('lists the painted frame once for every output frame it is shown in, each one frame long', () => {
    expect(concatList([{ frame: 0, count: 2 }, { frame: 2, count: 1 }], 30)).toBe(
      ['ffconcat version 1.0', `file '${frameFile(0)}'`, 'option framerate 30', `file '${frameFile(0)}'`, 'option framerate 30', `file '${frameFile(2)}'`, 'option framerate 30', ''].join('\n'),
    );
  });
});

describe('ffmpeg arguments', () => {
  it('encodes a chunk as constant-rate H.264 High, BT.709 limited range, exactly its frames', () => {
    const args = chunkArgs('/tmp/list', { outputFrames: 150 }, 30, '/tmp/chunk.mp4');
    const after = (flag: string) => args[args.indexOf(flag) + 1];
    expect(after('-fps_mode')).toBe('cfr');
    expect(after('-r')).toBe('30');
    expect(after('-frames:v')).toBe('150');
    expect(after('-c:v')).toBe('libx264');
    expect(after('-profile:v')).toBe('high');
    expect(after('-pix_fmt')).toBe('yuv420p');
    expect(after('-color_range')).toBe('tv');
    expect(after('-vf')).toContain('zscale=matrix=709:range=limited');
    expect(args.at(-1)).toBe('/tmp/chunk.mp4');
  });

  it('muxes without sound: copies the video and adds no audio stream', () => {
    const args = muxArgs({ listFile: '/tmp/chunks', outputFrames: 1800, fps: 30, sound: { voiceover: null, music: null, musicVolume: 0 }, output: '/tmp/out.mp4' });
    expect(args).not.toContain('-filter_complex');
    expect(args[args.indexOf('-c:v') + 1]).toBe('copy');
    expect(args[args.indexOf('-movflags') + 1]).toBe('+faststart');
  });

  it('mixes voiceover and looped music at its volume, padded and cut to the video length', () => {
    const args = muxArgs({ listFile: '/tmp/chunks', outputFrames: 450, fps: 30, sound: { voiceover: '/a/voice.wav', music: '/a/bed.mp3', musicVolume: 0.2 }, output: '/tmp/out.mp4' });
    const graph = args[args.indexOf('-filter_complex') + 1]!;
    expect(graph).toContain('[1:a]aresample=48000');
    expect(graph).toContain('[2:a]aresample=48000,aformat=channel_layouts=stereo,volume=0.2[music]');
    expect(graph).toContain('amix=inputs=2:duration=longest:normalize=0,apad,atrim=0:15.000000[audio]');
    expect(args[args.indexOf('-stream_loop') + 1]).toBe('-1');
    expect(args[args.indexOf('-ar') + 1]).toBe('48000');
    expect(args[args.indexOf('-ac') + 1]).toBe('2');
  });
});

describe('progressOf', () => {
  it('weights painting above encoding and ends at every frame', () => {
    const seen: number[] = [];
    const progress = progressOf(100, 1800, (frames) => seen.push(frames));
    progress.painted(50);
    const halfPainted = seen.at(-1)!;
    expect(halfPainted).toBe(810);
    progress.painted(100);
    progress.encoded(1800);
    expect(seen.at(-1)).toBe(1800);
    expect([...seen].sort((a, b) => a - b)).toEqual(seen);
  });
});
