import type { MotionRange } from '../timeline/types';

/** A stretch of output frames that all show the same painted composition frame. */
export type FrameRun = {
  /** The composition frame that is painted (once) and shown. */
  readonly frame: number;
  /** How many output frames in a row show it. */
  readonly count: number;
};

export type FramePlan = {
  /** Composition frames to paint, ascending, each once. */
  readonly paint: readonly number[];
  /** The output video, frame by frame, as runs of painted frames. */
  readonly runs: readonly FrameRun[];
  /** Output frames in all (the sum of the runs' counts). */
  readonly outputFrames: number;
};

/**
 * Which frames to paint and how to lay them out in the video. A frame inside a range that holds
 * still is shown as the first frame of that range, so each still range is painted once; moving
 * frames are painted one by one.
 *
 * `step` keeps every step-th composition frame (a draft at a lower frame rate): output frame i
 * shows composition frame i × step, or the still frame standing in for it.
 */
export function planFrames(durationInFrames: number, still: readonly MotionRange[], step = 1): FramePlan {
  if (!Number.isInteger(durationInFrames) || durationInFrames < 1) throw new RangeError(`durationInFrames must be a positive whole number, got ${durationInFrames}`);
  if (!Number.isInteger(step) || step < 1) throw new RangeError(`step must be a positive whole number, got ${step}`);
  const sorted = [...still].filter((range) => range.durationInFrames > 0).sort((a, b) => a.startFrame - b.startFrame);
  const runs: FrameRun[] = [];
  let rangeIndex = 0;
  for (let frame = 0; frame < durationInFrames; frame += step) {
    while (rangeIndex < sorted.length && sorted[rangeIndex]!.startFrame + sorted[rangeIndex]!.durationInFrames <= frame) rangeIndex += 1;
    const range = sorted[rangeIndex];
    const shown = range && range.startFrame <= frame ? range.startFrame : frame;
    const last = runs.at(-1);
    if (last && last.frame === shown) runs[runs.length - 1] = { frame: shown, count: last.count + 1 };
    else runs.push({ frame: shown, count: 1 });
  }
  return { paint: runs.map((run) => run.frame), runs, outputFrames: runs.reduce((sum, run) => sum + run.count, 0) };
}
