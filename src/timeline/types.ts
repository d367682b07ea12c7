/** A range of frames in which the picture either moves or holds still. */
export type MotionRange = {
  readonly startFrame: number;
  readonly durationInFrames: number;
  readonly moving: boolean;
};

type SegmentBase = {
  /** Stable name such as `quote-2`. */
  readonly id: string;
  /** What an editor reads in the cannot-fit table, e.g. `quote 1 (Dmitry Peskov)`. */
  readonly label: string;
  readonly startFrame: number;
  readonly durationInFrames: number;
  /** Reading time the segment's text needs. */
  readonly minimumSeconds: number;
  /** The segment's frames split into moving and still ranges (absolute frames). */
  readonly motion: readonly MotionRange[];
};

export type Segment = SegmentBase &
  (
    | { readonly kind: 'open' }
    | { readonly kind: 'context' }
    | { readonly kind: 'quote'; readonly quoteIndex: number }
    | { readonly kind: 'figure'; readonly figureIndex: number }
    | { readonly kind: 'close' }
  );

export type SegmentKind = Segment['kind'];

export type Timeline = {
  readonly fps: number;
  readonly durationInFrames: number;
  readonly segments: readonly Segment[];
  /** Things an editor should know, such as items dropped by `--fit`. */
  readonly warnings: readonly string[];
};
