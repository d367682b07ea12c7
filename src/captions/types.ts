/** One caption on screen: its lines, from `startFrame` up to (not including) `endFrame`. */
export type Cue = {
  readonly startFrame: number;
  readonly endFrame: number;
  readonly lines: readonly string[];
  /** The segment the cue belongs to; cues never cross segments. */
  readonly segmentId: string;
};

