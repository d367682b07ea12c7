import { captionFileEntries } from './srt';
import { formatVttTimestamp } from './timecode';
import type { Cue } from './types';

/**
 * Cue text as WebVTT markup. `<` would open a tag and `&` an entity, so a headline such as
 * "Profits < costs & rising" would lose text or fail validation; `>` is escaped too so that
 * text can never be read as the end of a tag or a `-->`.
 */
export function escapeVttText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * A WebVTT file of the cues, for browsers' `<track>` and the platforms that want .vtt. Each cue
 * is numbered like in the .srt, so that a cue reported by either file can be found in the other.
 */
export function toVtt(cues: readonly Cue[], fps: number): string {
  const blocks = captionFileEntries(cues, fps).map(
    (entry, index) =>
      `${index + 1}\n${formatVttTimestamp(entry.startMs)} --> ${formatVttTimestamp(entry.endMs)}\n${entry.lines.map(escapeVttText).join('\n')}\n`,
  );
  return `WEBVTT\n\n${blocks.join('\n')}`;
}
