/**
 * Animation lengths shared by the scenes (which animate with them) and the planner (which
 * records which frames move). Change them here and both follow.
 */

/** Every scene's entrance: text rises and fades in. */
export const ENTER_SECONDS = 0.4;

/** A figure counts up from zero after its entrance. */
export const COUNT_UP_SECONDS = 1.0;

/** Whole frames for a length in seconds at a frame rate. */
export const toFrames = (seconds: number, fps: number): number => Math.round(seconds * fps);
