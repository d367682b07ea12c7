/** Frames per second of every full-quality render. */
export const DEFAULT_FPS = 30;

/** On-screen text is given at least this many characters per second of reading. */
export const READING_CHARS_PER_SECOND = 15;

/** Extra reading time for each lower third or label. */
export const LABEL_SECONDS = 1;

/** Extra reading time per digit beyond the fourth in a figure. */
export const LONG_NUMBER_SECONDS_PER_DIGIT = 0.25;

/** No segment is shorter than this, so that it can enter and be seen. */
export const MIN_SEGMENT_SECONDS = 2;
