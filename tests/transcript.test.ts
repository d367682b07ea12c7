import { parseSrt, serializeSrt, type Caption } from '@remotion/captions';
import { describe, expect, it } from 'vitest';
import { toSrt } from '../src/captions/srt';
import { cueTimesMs } from '../src/captions/timecode';
import { parseTranscript, TranscriptError, type TimedText } from '../src/captions/transcript';
import type { Cue } from '../src/captions/types';

const MINUTE = 60_000;

const caption = (text: string, startMs: number, endMs: number): Caption => ({ text, startMs, endMs, timestampMs: (startMs + endMs) / 2, confidence: 0.9 });

/** The error a parse throws, so that a test can check both its class and its exact message. */
function errorOf(contents: string, fileName: string, durationMs = MINUTE): unknown {
  try {
    parseTranscript(contents, fileName, durationMs);
  } catch (error) {
    return error;
  }
  throw new Error(`${fileName} was accepted`);
}

const srt = (...cues: string[]) => cues.join('\n\n') + '\n';

describe('reading a transcript', () => {
  it.each<[string, string, string, TimedText[]]>([
    [
      'SRT',
      'voice.srt',
      srt('1\n00:00:00,500 --> 00:00:01,800\nCouncil approves', '2\n00:00:01,800 --> 00:00:03,250\nnew bridge'),
      [
        { text: 'Council approves', startMs: 500, endMs: 1800 },
        { text: 'new bridge', startMs: 1800, endMs: 3250 },
      ],
    ],
    [
      'SRT with a BOM, CRLF, multi-line text, tags and an ASS override',
      'voice.srt',
      '\uFEFF1\r\n00:00:00,000 --> 00:00:02,000\r\n<i>Council</i>  approves\r\n<font color="#ffff00">new</font> <b>bridge</b>\r\n\r\n2\r\n00:00:02,000 --> 00:00:04,000\r\n{\\an8}Work starts\r\n',
      [
        { text: 'Council approves new bridge', startMs: 0, endMs: 2000 },
        { text: 'Work starts', startMs: 2000, endMs: 4000 },
      ],
    ],
    [
      'SRT with full stops in times, position settings, no numbers and extra blank lines',
      'voice.srt',
      '\n\n00:00:01.000 --> 00:00:02.000 X1:10 X2:20 Y1:5 Y2:9\nFirst\n\n\n\n00:00:02,500-->00:00:03,000\nSecond\n\n',
      [
        { text: 'First', startMs: 1000, endMs: 2000 },
        { text: 'Second', startMs: 2500, endMs: 3000 },
      ],
    ],
    [
      'SRT text that only looks like markup',
      'voice.srt',
      srt('1\n00:00:00,000 --> 00:00:01,000\nProfits < costs & <input> is kept, 3 > 2'),
      [{ text: 'Profits < costs & <input> is kept, 3 > 2', startMs: 0, endMs: 1000 }],
    ],
    [
      'SRT in Arabic and Japanese, with emoji',
      'voice.srt',
      srt('1\n00:00:00,000 --> 00:00:01,000\nقال المتحدث', '2\n00:00:01,000 --> 00:00:02,000\n東京で地震\n🔥'),
      [
        { text: 'قال المتحدث', startMs: 0, endMs: 1000 },
        { text: '東京で地震 🔥', startMs: 1000, endMs: 2000 },
      ],
    ],
    [
      'a cue ending exactly at the end of the video',
      'voice.srt',
      srt('1\n00:00:58,000 --> 00:01:00,000\nGoodbye'),
      [{ text: 'Goodbye', startMs: 58_000, endMs: MINUTE }],
    ],
    [
      'Caption[] JSON as Whisper writes it',
      'voice.json',
      JSON.stringify([caption(' Council', 0, 420), caption(' approves', 420, 900), caption(' bridge.', 900, 900)]),
      [
        { text: 'Council', startMs: 0, endMs: 420 },
        { text: 'approves', startMs: 420, endMs: 900 },
        { text: 'bridge.', startMs: 900, endMs: 900 },
      ],
    ],
    [
      'JSON with only text and times, nulls, page breaks and extra fields',
      'voice.json',
      JSON.stringify([
        { text: 'Hello', startMs: 0, endMs: 500 },
        { text: 'there\nfriend', startMs: 600, endMs: 1000.5, timestampMs: null, confidence: null, pageBreakAfter: true, speaker: 'A' },
      ]),
      [
        { text: 'Hello', startMs: 0, endMs: 500 },
        { text: 'there friend', startMs: 600, endMs: 1000.5 },
      ],
    ],
    ['SRT recognised by its content', 'voice.txt', srt('1\n00:00:00,000 --> 00:00:01,000\nHi'), [{ text: 'Hi', startMs: 0, endMs: 1000 }]],
    ['JSON recognised by its content', 'transcript', ' [{"text": "Hi", "startMs": 0, "endMs": 1000}]', [{ text: 'Hi', startMs: 0, endMs: 1000 }]],
    ['an upper-case extension', 'VOICE.SRT', srt('1\n00:00:00,000 --> 00:00:01,000\nHi'), [{ text: 'Hi', startMs: 0, endMs: 1000 }]],
  ])('reads %s', (_name, fileName, contents, expected) => {
    expect(parseTranscript(contents, fileName, MINUTE)).toEqual(expected);
  });

  it.each([25, 30, 60])('reads back the .srt written from cues at %i fps', (fps) => {
    const cues: Cue[] = [
      { startFrame: 12, endFrame: 47, lines: ['Council approves', 'new bridge'], segmentId: 'a' },
      { startFrame: 49, endFrame: 101, lines: ['قال المتحدث'], segmentId: 'a' },
      { startFrame: 103, endFrame: 160, lines: ['Profits < costs -->', 'rising 🔥'], segmentId: 'b' },
    ];
    expect(parseTranscript(toSrt(cues, fps), 'captions.srt', MINUTE)).toEqual([
      { ...cueTimesMs(cues[0]!, fps), text: 'Council approves new bridge' },
      { ...cueTimesMs(cues[1]!, fps), text: 'قال المتحدث' },
      { ...cueTimesMs(cues[2]!, fps), text: 'Profits < costs → rising 🔥' },
    ]);
  });

  it('agrees with @remotion/captions on an SRT it wrote, and on its JSON', () => {
    const captions = [caption('Council approves', 1001, 2999), caption('new bridge', 3003, 4567), caption('東京で地震', 59_000, 59_999)];
    const file = serializeSrt({ lines: captions.map((each) => [each]) });
    const expected = captions.map(({ text, startMs, endMs }) => ({ text, startMs, endMs }));

    expect(parseTranscript(file, 'voice.srt', MINUTE)).toEqual(expected);
    const theirs = parseSrt({ input: file }).captions.map(({ text, startMs, endMs }) => ({ text, startMs: Math.round(startMs), endMs: Math.round(endMs) }));
    expect(theirs).toEqual(expected);
    expect(parseTranscript(JSON.stringify(captions), 'voice.json', MINUTE)).toEqual(expected);
  });
});

describe('refusing a transcript', () => {
  const cue1 = '1\n00:00:01,000 --> 00:00:02,000\nFirst';
  const cue2 = '2\n00:00:02,000 --> 00:00:05,000\nSecond';
  const json = (...items: unknown[]) => JSON.stringify(items);
  const item = (text: string, startMs: number, endMs: number) => ({ text, startMs, endMs });

  it.each([
    // What cannot be read at all
    ['an empty file', 'voice.srt', '', "voice.srt: is empty; export the voiceover's transcript again"],
    ['a file of blank lines', 'voice.json', ' \r\n\n\t', "voice.json: is empty; export the voiceover's transcript again"],
    ['a file with NUL bytes', 'voice.srt', '1\n00:00:00,000 --> 00:00:01,000\nA\u0000', 'voice.srt: is not readable text (it has NUL or undecodable bytes); save it as UTF-8 .srt or .json'],
    ['a file not in UTF-8', 'voice.srt', '1\n00:00:00,000 --> 00:00:01,000\nCaf\uFFFD', 'voice.srt: is not readable text (it has NUL or undecodable bytes); save it as UTF-8 .srt or .json'],
    ['neither format', 'voice.txt', 'Council approves new bridge', 'voice.txt: is neither SRT nor JSON captions; save the transcript as .srt or as a @remotion/captions .json'],
    ['JSON in a file named .srt', 'voice.srt', '[{"text": "Hi", "startMs": 0, "endMs": 1000}]', 'voice.srt: cue 1 has no time line; write one such as 00:00:01,000 --> 00:00:02,500 after the cue number'],
    ['SRT in a file named .json', 'voice.json', srt('1\n00:00:00,000 --> 00:00:01,000\nHi'), 'voice.json: is not valid JSON; check its brackets, commas and quotes, or export the transcript again'],
    ['WebVTT', 'voice.vtt', 'WEBVTT\n\n00:00.000 --> 00:01.000\nHi\n', 'voice.vtt: is WebVTT, which is not read here; convert it to SRT and name it .srt'],

    // SRT layout and times
    ['a time without enough digits', 'voice.srt', srt(cue1, '2\n00:00:2,000 --> 00:00:05,000\nSecond'), 'voice.srt: cue 2 has a malformed time line "00:00:2,000 --> 00:00:05,000"; write it as HH:MM:SS,mmm --> HH:MM:SS,mmm, e.g. 00:00:01,000 --> 00:00:02,500'],
    ['milliseconds in one digit', 'voice.srt', srt('1\n00:00:01,5 --> 00:00:02,000\nA'), 'voice.srt: cue 1 has a malformed time line "00:00:01,5 --> 00:00:02,000"; write it as HH:MM:SS,mmm --> HH:MM:SS,mmm, e.g. 00:00:01,000 --> 00:00:02,500'],
    ['60 minutes', 'voice.srt', srt('1\n00:60:00,000 --> 00:60:01,000\nA'), 'voice.srt: cue 1 has a malformed time line "00:60:00,000 --> 00:60:01,000"; write it as HH:MM:SS,mmm --> HH:MM:SS,mmm, e.g. 00:00:01,000 --> 00:00:02,500'],
    ['no end time', 'voice.srt', srt('1\n00:00:01,000 -->\nA'), 'voice.srt: cue 1 has a malformed time line "00:00:01,000 -->"; write it as HH:MM:SS,mmm --> HH:MM:SS,mmm, e.g. 00:00:01,000 --> 00:00:02,500'],
    ['a time line with a short arrow', 'voice.srt', srt(cue1, '2\n00:00:02,000 -> 00:00:05,000\nSecond'), 'voice.srt: cue 2 has no time line; write one such as 00:00:01,000 --> 00:00:02,500 after the cue number'],
    ['text before the time line', 'voice.srt', srt('1\nFirst\n00:00:01,000 --> 00:00:02,000'), 'voice.srt: cue 1 has text before its time line; put the time line right after the cue number'],
    ['no blank line between cues', 'voice.srt', srt(`${cue1}\n${cue2}`), 'voice.srt: cue 1 runs into the next cue; put a blank line between cues'],
    ['a cue without text', 'voice.srt', srt(cue1, '2\n00:00:02,000 --> 00:00:05,000', '3\n00:00:06,000 --> 00:00:07,000\nThird'), 'voice.srt: cue 2 has no text; add the spoken words or delete the cue'],
    ['a cue with only tags', 'voice.srt', srt(cue1, '2\n00:00:02,000 --> 00:00:05,000\n<i> </i>'), 'voice.srt: cue 2 has no text; add the spoken words or delete the cue'],
    ['a negative time', 'voice.srt', srt('1\n-00:00:00,500 --> 00:00:02,000\nA'), 'voice.srt: cue 1 has a negative time, -00:00:00,500; times count from the start of the video, 00:00:00,000'],
    ['an end before the start', 'voice.srt', srt(cue1, '2\n00:00:05,000 --> 00:00:04,000\nSecond'), 'voice.srt: cue 2 ends at 00:00:04,000, before it starts at 00:00:05,000; fix its times'],
    ['overlapping cues', 'voice.srt', srt(cue1, '2\n00:00:02,000 --> 00:00:05,000\nSecond', '3\n00:00:04,000 --> 00:00:06,000\nThird'), 'voice.srt: cue 3 starts at 00:00:04,000, before cue 2 ends at 00:00:05,000; fix the overlap'],
    ['a cue past the end of the video', 'voice.srt', srt(cue1, '2\n00:00:59,000 --> 00:01:02,000\nSecond'), 'voice.srt: cue 2 ends at 00:01:02,000, after the video ends at 00:01:00,000; trim the voiceover or lengthen the video'],

    // JSON shape and times
    ['broken JSON', 'voice.json', '[{"text": "Hi", "startMs": 0,', 'voice.json: is not valid JSON; check its brackets, commas and quotes, or export the transcript again'],
    ['a JSON object', 'voice.json', '{"captions": []}', 'voice.json: must be a JSON list of captions such as [{"text": "Hello", "startMs": 0, "endMs": 500}]'],
    ['an empty JSON list', 'voice.json', '[]', "voice.json: has no captions; export the voiceover's transcript again"],
    ['an item that is not an object', 'voice.json', json(item('A', 0, 1), 'B'), 'voice.json: item 2 is text, not a caption; each item needs text, startMs and endMs'],
    ['an item that is a list', 'voice.json', json([1, 2]), 'voice.json: item 1 is a list, not a caption; each item needs text, startMs and endMs'],
    ['a missing time', 'voice.json', json(item('A', 0, 1), { text: 'B', endMs: 5 }), 'voice.json: item 2 has no startMs; each item needs text, startMs and endMs'],
    ['a time as text', 'voice.json', json({ text: 'A', startMs: '0', endMs: 5 }), 'voice.json: item 1: startMs must be a number of milliseconds, not text'],
    ['text as a number', 'voice.json', json({ text: 7, startMs: 0, endMs: 5 }), 'voice.json: item 1: text must be text, not a number'],
    ['a time too large for a number', 'voice.json', '[{"text": "A", "startMs": 0, "endMs": 1e999}]', 'voice.json: item 1: endMs must be a number of milliseconds, not Infinity'],
    ['a confidence as a word', 'voice.json', json({ ...item('A', 0, 5), confidence: 'high' }), 'voice.json: item 1: confidence must be a number or null, not text'],
    ['empty text', 'voice.json', json(item('A', 0, 1), item('  ', 1, 2)), 'voice.json: item 2 has no text; add the spoken words or delete the item'],
    ['a negative JSON time', 'voice.json', json(item('A', -40, 100)), 'voice.json: item 1 has a negative time, -40 ms; times count from the start of the video, 0 ms'],
    ['a JSON end before its start', 'voice.json', json(item('A', 0, 100), item('B', 300, 200)), 'voice.json: item 2 ends at 200 ms, before it starts at 300 ms; fix its times'],
    ['overlapping JSON items', 'voice.json', json(item('A', 0, 100), item('B', 100, 400), item('C', 350, 500)), 'voice.json: item 3 starts at 350 ms, before item 2 ends at 400 ms; fix the overlap'],
    ['a JSON item past the end of the video', 'voice.json', json(item('A', 0, 100), item('B', 59_900, 60_001)), 'voice.json: item 2 ends at 60001 ms, after the video ends at 60000 ms; trim the voiceover or lengthen the video'],
  ])('%s', (_name, fileName, contents, message) => {
    const error = errorOf(contents, fileName);
    expect(error).toBeInstanceOf(TranscriptError);
    expect((error as Error).message).toBe(message);
    expect((error as Error).message).not.toContain('\n');
  });

  it('names the file as it is given, path and all', () => {
    expect(errorOf('', 'assets/voice/kremlin.srt')).toMatchObject({ name: 'TranscriptError', message: "assets/voice/kremlin.srt: is empty; export the voiceover's transcript again" });
  });

  it('checks against the length of the video it is given', () => {
    const file = srt('1\n00:00:09,000 --> 00:00:10,001\nA');
    expect(parseTranscript(file, 'voice.srt', 10_001)).toHaveLength(1);
    expect((errorOf(file, 'voice.srt', 10_000) as Error).message).toBe(
      'voice.srt: cue 1 ends at 00:00:10,001, after the video ends at 00:00:10,000; trim the voiceover or lengthen the video',
    );
  });

  it.each([Number.NaN, -1, Infinity])('refuses a video length of %d as a bug in the caller', (durationMs) => {
    expect(() => parseTranscript(srt('1\n00:00:00,000 --> 00:00:01,000\nA'), 'voice.srt', durationMs)).toThrow(RangeError);
  });
});
