import { cueTimesMs, formatSrtTimestamp } from './timecode';
import type { Cue } from './types';

/** A cue as a caption file holds it: times in milliseconds and lines that cannot break the file. */
export type CaptionFileEntry = { readonly startMs: number; readonly endMs: number; readonly lines: readonly string[] };

// Characters that end a line in one reader or another; a line must stay one line in all of them.
const LINE_BREAKS = /\r\n|[\n\r\u2028\u2029\u0085]/;
// Control characters that some readers drop, some show as boxes, and webvtt turns into U+FFFD.
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;

/**
 * Lines that keep a cue's text readable and its file parseable. A blank line ends a cue in both
 * SRT and WebVTT, and `-->` marks a time line, so text that held either would split or swallow
 * cues; an arrow reads the same to a viewer. Both files use this so their text is identical.
 */
export function plainCueLines(lines: readonly string[]): string[] {
  return lines
    .flatMap((line) => line.split(LINE_BREAKS))
    .map((line) => line.replace(CONTROL, '').replace(/-->/g, '→').replace(/\s+/gu, ' ').trim())
    .filter((line) => line !== '');
}

/**
 * Cues checked and converted once for every file format. Throws on a cue without text or out of
 * order: a player would show such a file wrongly without saying why, so it is a bug to fix upstream.
 */
export function captionFileEntries(cues: readonly Cue[], fps: number): CaptionFileEntry[] {
  let previousEnd = 0;
  return cues.map((cue, index) => {
    const { startMs, endMs } = cueTimesMs(cue, fps);
    const lines = plainCueLines(cue.lines);
    const name = `cue ${index + 1} (frames ${cue.startFrame}–${cue.endFrame}, segment ${cue.segmentId})`;
    if (lines.length === 0) throw new RangeError(`${name} has no text`);
    if (startMs < previousEnd) throw new RangeError(`${name} starts before the cue before it ends`);
    previousEnd = endMs;
    return { startMs, endMs, lines };
  });
}

/**
 * A SubRip file of the cues, for platforms that take captions as a sidecar file. SRT has no
 * escaping, so text is only made safe by {@link plainCueLines}; `<` and `&` stay as written.
 * An empty list gives an empty string, since a file with no cues has nothing to number.
 */
export function toSrt(cues: readonly Cue[], fps: number): string {
  return captionFileEntries(cues, fps)
    .map((entry, index) => `${index + 1}\n${formatSrtTimestamp(entry.startMs)} --> ${formatSrtTimestamp(entry.endMs)}\n${entry.lines.join('\n')}\n`)
    .join('\n');
}
