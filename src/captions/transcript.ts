import { extname } from 'node:path';
import { z } from 'zod';
import { formatSrtTimestamp } from './timecode';

/** A word or phrase of the voiceover and when it is spoken, in milliseconds from the video's start. */
export type TimedText = { readonly text: string; readonly startMs: number; readonly endMs: number };

/**
 * A transcript the captions cannot be timed from. Its message is one line that names the file
 * and the cue or item, so the person who made the file can fix it without reading code.
 */
export class TranscriptError extends Error {
  override readonly name = 'TranscriptError';
}

/**
 * The JSON shape of `@remotion/captions`' `Caption[]`, which its Whisper helpers write. The
 * fields the captions do not use may be left out, so that a transcript typed by hand needs only
 * text and times, but a wrong type in them is still refused: it shows the file is not a Caption[].
 */
const CaptionJsonSchema = z.array(
  z.object({
    text: z.string(),
    startMs: z.number(),
    endMs: z.number(),
    timestampMs: z.number().nullable().optional(),
    confidence: z.number().nullable().optional(),
    pageBreakAfter: z.boolean().optional(),
  }),
);

/** What each field must hold, in the words of an error message. */
const FIELD_EXPECTS: Record<string, string> = {
  text: 'text',
  startMs: 'a number of milliseconds',
  endMs: 'a number of milliseconds',
  timestampMs: 'a number or null',
  confidence: 'a number or null',
  pageBreakAfter: 'true or false',
};

/** How a format names a cue and a time, so that messages use the words and units of the file. */
type Dialect = { readonly item: string; readonly time: (ms: number) => string };

const SRT: Dialect = {
  item: 'cue',
  time: (ms) => (ms < 0 ? '-' : '') + formatSrtTimestamp(Math.round(Math.abs(ms))),
};
const JSON_CAPTIONS: Dialect = { item: 'item', time: (ms) => `${ms} ms` };

const EXAMPLE_TIME_LINE = '00:00:01,000 --> 00:00:02,500';
// Hours may have any number of digits; a full stop before the milliseconds is a common slip
// that is not ambiguous, while fewer than three digits of milliseconds is (is ",5" 5 or 500 ms?).
const SRT_TIME = /^(-?)(\d+):(\d{2}):(\d{2})[,.](\d{3})$/;
const SRT_TIME_LINE = /^\s*(\S+)\s*-->\s*(\S+)(?:\s.*)?$/;
// Formatting that SubRip editors put in text: <i>, <b>, <u>, <s>, <font …> and ASS overrides such as {\an8}.
const SRT_TAGS = /<\/?(?:[ibus]|font)\b[^<>]*>|\{\\[^{}]*\}/gi;

const oneLine = (text: string) => text.replace(/\s+/gu, ' ').trim();

/** Milliseconds of an SRT timestamp, or undefined if it is not one. */
function srtTimeMs(text: string): number | undefined {
  const match = SRT_TIME.exec(text);
  if (!match) return undefined;
  const [hours, minutes, seconds, millis] = match.slice(2).map(Number) as [number, number, number, number];
  if (minutes > 59 || seconds > 59) return undefined;
  const ms = ((hours * 60 + minutes) * 60 + seconds) * 1000 + millis;
  return match[1] === '-' ? -ms : ms;
}

/**
 * SubRip cues, read here rather than with `@remotion/captions`' `parseSrt`, which turns a bad time
 * into NaN and folds a cue without a number into the cue before it: here every problem is reported
 * with its cue number. Cues are counted by position, which is the number written in any
 * well-formed file; a missing number is forgiven, since the times are what the captions need.
 */
function readSrt(contents: string, file: string): TimedText[] {
  const blocks = contents
    .split(/\r\n|\r|\n/)
    .reduce<string[][]>(
      (result, line) => {
        if (line.trim() === '') result.push([]);
        else result.at(-1)?.push(line);
        return result;
      },
      [[]],
    )
    .filter((block) => block.length > 0);
  return blocks.map((block, index) => {
    const cue = `${file}: cue ${index + 1}`;
    const timeLineIndex = block.findIndex((line) => line.includes('-->'));
    if (timeLineIndex === -1) throw new TranscriptError(`${cue} has no time line; write one such as ${EXAMPLE_TIME_LINE} after the cue number`);
    if (timeLineIndex > 1) throw new TranscriptError(`${cue} has text before its time line; put the time line right after the cue number`);
    const timeLine = block[timeLineIndex] ?? '';
    const textLines = block.slice(timeLineIndex + 1);
    if (textLines.some((line) => line.includes('-->'))) {
      throw new TranscriptError(`${cue} runs into the next cue; put a blank line between cues`);
    }
    const times = SRT_TIME_LINE.exec(timeLine);
    const startMs = srtTimeMs(times?.[1] ?? '');
    const endMs = srtTimeMs(times?.[2] ?? '');
    if (startMs === undefined || endMs === undefined) {
      throw new TranscriptError(`${cue} has a malformed time line "${timeLine.trim()}"; write it as HH:MM:SS,mmm --> HH:MM:SS,mmm, e.g. ${EXAMPLE_TIME_LINE}`);
    }
    return { text: oneLine(textLines.map((line) => line.replace(SRT_TAGS, '')).join(' ')), startMs, endMs };
  });
}

/** What a JSON value is, in a message, so the fix is plain from it. */
function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'number' && !Number.isFinite(value)) return String(value);
  if (typeof value === 'string') return 'text';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}

/** Captions from `Caption[]` JSON, with zod's first complaint turned into a message about one item. */
function readCaptionJson(contents: string, file: string): TimedText[] {
  let json: unknown;
  try {
    json = JSON.parse(contents);
  } catch {
    throw new TranscriptError(`${file}: is not valid JSON; check its brackets, commas and quotes, or export the transcript again`);
  }
  const result = CaptionJsonSchema.safeParse(json);
  if (!result.success) {
    const issue = result.error.issues[0];
    const [index, field] = issue?.path ?? [];
    if (typeof index !== 'number') {
      throw new TranscriptError(`${file}: must be a JSON list of captions such as [{"text": "Hello", "startMs": 0, "endMs": 500}]`);
    }
    const item = `${file}: item ${index + 1}`;
    const raw: unknown = (json as unknown[])[index];
    if (typeof field !== 'string') {
      throw new TranscriptError(`${item} is ${kindOf(raw)}, not a caption; each item needs text, startMs and endMs`);
    }
    const value: unknown = (raw as Record<string, unknown>)[field];
    if (value === undefined) throw new TranscriptError(`${item} has no ${field}; each item needs text, startMs and endMs`);
    throw new TranscriptError(`${item}: ${field} must be ${FIELD_EXPECTS[field] ?? 'valid'}, not ${kindOf(value)}`);
  }
  if (result.data.length === 0) throw new TranscriptError(`${file}: has no captions; export the voiceover's transcript again`);
  return result.data.map(({ text, startMs, endMs }) => ({ text: oneLine(text), startMs, endMs }));
}

/** Which reader a file needs: its name decides, and only a name that says neither lets the content. */
function formatOf(contents: string, file: string): 'srt' | 'json' {
  const extension = extname(file).toLowerCase();
  if (extension === '.srt') return 'srt';
  if (extension === '.json') return 'json';
  const start = contents.trimStart();
  if (/^WEBVTT(?:$|\s)/.test(start)) throw new TranscriptError(`${file}: is WebVTT, which is not read here; convert it to SRT and name it .srt`);
  if (start.startsWith('[') || start.startsWith('{')) return 'json';
  if (contents.includes('-->')) return 'srt';
  throw new TranscriptError(`${file}: is neither SRT nor JSON captions; save the transcript as .srt or as a @remotion/captions .json`);
}

/**
 * Checks that hold whatever the format, in order, so that each message points at the first
 * cue to fix. Overlaps are refused rather than merged: they mean the times are wrong, and
 * captions timed from wrong times would run ahead of or behind the voice.
 */
function checkTimes(items: readonly TimedText[], file: string, durationMs: number, dialect: Dialect): void {
  items.forEach((item, index) => {
    const name = `${file}: ${dialect.item} ${index + 1}`;
    if (item.text === '') throw new TranscriptError(`${name} has no text; add the spoken words or delete the ${dialect.item}`);
    if (item.startMs < 0 || item.endMs < 0) {
      const time = item.startMs < 0 ? item.startMs : item.endMs;
      throw new TranscriptError(`${name} has a negative time, ${dialect.time(time)}; times count from the start of the video, ${dialect.time(0)}`);
    }
    if (item.endMs < item.startMs) {
      throw new TranscriptError(`${name} ends at ${dialect.time(item.endMs)}, before it starts at ${dialect.time(item.startMs)}; fix its times`);
    }
    const previous = items[index - 1];
    if (previous && item.startMs < previous.endMs) {
      throw new TranscriptError(
        `${name} starts at ${dialect.time(item.startMs)}, before ${dialect.item} ${index} ends at ${dialect.time(previous.endMs)}; fix the overlap`,
      );
    }
    if (item.endMs > durationMs) {
      throw new TranscriptError(
        `${name} ends at ${dialect.time(item.endMs)}, after the video ends at ${dialect.time(durationMs)}; trim the voiceover or lengthen the video`,
      );
    }
  });
}

/**
 * The voiceover's words with their times, from an SRT file or `@remotion/captions` JSON, so
 * that captions follow the voice instead of being spread evenly over a segment. Everything that
 * would make captions run out of step with the voice is refused with a {@link TranscriptError}.
 *
 * @param contents The file's text, already decoded as UTF-8.
 * @param fileName The name to show in messages; its extension picks the format.
 * @param durationMs The video's length: no word may be spoken after it.
 */
export function parseTranscript(contents: string, fileName: string, durationMs: number): TimedText[] {
  if (!Number.isFinite(durationMs) || durationMs < 0) throw new RangeError(`durationMs must be a number from 0, got ${durationMs}`);
  const text = contents.replace(/^\uFEFF/, '');
  if (/[\u0000\uFFFD]/.test(text)) {
    throw new TranscriptError(`${fileName}: is not readable text (it has NUL or undecodable bytes); save it as UTF-8 .srt or .json`);
  }
  if (text.trim() === '') throw new TranscriptError(`${fileName}: is empty; export the voiceover's transcript again`);
  const format = formatOf(text, fileName);
  const items = format === 'srt' ? readSrt(text, fileName) : readCaptionJson(text, fileName);
  checkTimes(items, fileName, durationMs, format === 'srt' ? SRT : JSON_CAPTIONS);
  return items;
}
