/**
 * Timestamps for caption files. The video counts frames, caption files count milliseconds;
 * every conversion goes through {@link frameToMs} so that a cue's times in an .srt and a .vtt
 * are the same and fall on the frames the burned-in caption shows them.
 */

/**
 * The time, rounded to the millisecond, at which a frame starts. Rounding each frame on its own,
 * rather than adding up durations, means errors never build up over a long video: frame 1 at
 * 30 fps is 33 ms and frame 2 is 67 ms, each at most half a millisecond from the truth.
 */
export function frameToMs(frame: number, fps: number): number {
  if (!Number.isFinite(fps) || fps <= 0) throw new RangeError(`fps must be a positive number, got ${fps}`);
  if (!Number.isInteger(frame) || frame < 0) throw new RangeError(`frame must be a whole number from 0, got ${frame}`);
  return Math.round((frame * 1000) / fps);
}

/**
 * Hours, minutes, seconds and milliseconds, each padded. Hours get two digits and more only
 * past 99, which no 60-second video reaches, but a long one must not wrap round to zero.
 */
function clockParts(ms: number): [hours: string, minutes: string, seconds: string, millis: string] {
  if (!Number.isInteger(ms) || ms < 0) throw new RangeError(`a caption time must be a whole number of milliseconds from 0, got ${ms}`);
  const pad = (value: number, width: number) => String(value).padStart(width, '0');
  return [pad(Math.floor(ms / 3_600_000), 2), pad(Math.floor(ms / 60_000) % 60, 2), pad(Math.floor(ms / 1000) % 60, 2), pad(ms % 1000, 3)];
}

/**
 * `HH:MM:SS,mmm`: SubRip's comma, which players and validators insist on, since a full stop
 * there is a WebVTT habit that strict SRT readers reject.
 */
export function formatSrtTimestamp(ms: number): string {
  const [hours, minutes, seconds, millis] = clockParts(ms);
  return `${hours}:${minutes}:${seconds},${millis}`;
}

/**
 * `HH:MM:SS.mmm`, always with the hours: WebVTT lets them be left out under an hour, but keeping
 * them makes every timestamp the same width and the file easy to compare with the .srt.
 */
export function formatVttTimestamp(ms: number): string {
  const [hours, minutes, seconds, millis] = clockParts(ms);
  return `${hours}:${minutes}:${seconds}.${millis}`;
}

/**
 * A cue's times in milliseconds. `endFrame` is the first frame without the caption, so its start
 * time is when the caption goes: using the last shown frame instead would cut every cue a frame
 * short. Checked here because a file with a cue that ends before it starts is rejected by players.
 */
export function cueTimesMs(cue: { readonly startFrame: number; readonly endFrame: number }, fps: number): { startMs: number; endMs: number } {
  if (cue.endFrame <= cue.startFrame) throw new RangeError(`a cue must end after it starts, got frames ${cue.startFrame} to ${cue.endFrame}`);
  return { startMs: frameToMs(cue.startFrame, fps), endMs: frameToMs(cue.endFrame, fps) };
}
