import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parser as srtParser, validator as validateSrt } from 'srt-validator';
import webvtt from 'webvtt-parser';
import { afterAll, describe, expect, it } from 'vitest';
import { toSrt } from '../src/captions/srt';
import { cueTimesMs, formatSrtTimestamp, formatVttTimestamp, frameToMs } from '../src/captions/timecode';
import type { Cue } from '../src/captions/types';
import { toVtt } from '../src/captions/vtt';
import { captionSample, SAMPLE_CASES } from './samples';

// webvtt-parser's built-in entity table maps "&lt" but not "&lt;", so it decodes "&lt;" as "<;".
// Its full table, which its README says to pass for spec behaviour, decodes escapes correctly.
const VTT_ENTITIES = createRequire(import.meta.url)('webvtt-parser/html-entities.json') as Record<string, string>;

const cue = (startFrame: number, endFrame: number, lines: readonly string[], segmentId = 'headline'): Cue => ({ startFrame, endFrame, lines, segmentId });

/**
 * Cues as the caption engine makes them: 20 frames and more, 2 frames apart, with lengths that
 * do not divide evenly into milliseconds at any of the frame rates.
 */
function sampleCues(fps: number): Cue[] {
  const texts = [['Council approves', 'new bridge'], ['Work starts in May'], ['It will cost £40m,', 'the council says'], ['Opens 2027']];
  let frame = Math.round(fps * 0.4);
  return texts.map((lines, index) => {
    const length = 20 + index * 17 + (fps % 7);
    const made = cue(frame, frame + length, lines, `segment-${index}`);
    frame += length + 2 + index;
    return made;
  });
}

/** The text a viewer sees: what the WebVTT parser's tree holds after tags and escapes. */
function vttDisplayedText(tree: { children: ReadonlyArray<{ type: string; value?: unknown; children?: unknown }> }): string {
  return tree.children
    .map((node) => {
      if (node.type !== 'text' || typeof node.value !== 'string') throw new Error(`unexpected ${node.type} node in cue text`);
      return node.value;
    })
    .join('');
}

/** Runs the W3C parser and returns its reading of each cue in milliseconds and displayed text. */
function parseVtt(text: string) {
  const result = new webvtt.WebVTTParser(VTT_ENTITIES).parse(text, 'subtitles');
  return {
    errors: result.errors,
    cues: result.cues.map((parsed) => ({
      id: parsed.id,
      startMs: Math.round(parsed.startTime * 1000),
      endMs: Math.round(parsed.endTime * 1000),
      text: vttDisplayedText(parsed.tree),
    })),
  };
}

/** What both files must say about the cues: times from the frames, lines joined by newlines. */
const expectedCues = (cues: readonly Cue[], fps: number, displayed?: readonly string[]) =>
  cues.map((each, index) => ({ ...cueTimesMs(each, fps), text: displayed?.[index] ?? each.lines.join('\n') }));

describe('timecode', () => {
  it.each([
    [0, 30, 0],
    [1, 30, 33],
    [2, 30, 67],
    [45, 30, 1500],
    [1799, 30, 59_967],
    [1, 25, 40],
    [37, 25, 1480],
    [1, 60, 17],
    [5, 60, 83],
    [7, 60, 117],
    [108_000, 30, 3_600_000],
    [90_000, 25, 3_600_000],
    [216_001, 60, 3_600_017],
    [1, 30_000 / 1001, 33],
    [1800, 30_000 / 1001, 60_060],
  ])('frame %i at %d fps starts at %i ms', (frame, fps, ms) => {
    expect(frameToMs(frame, fps)).toBe(ms);
  });

  it.each([
    [0, '00:00:00,000', '00:00:00.000'],
    [33, '00:00:00,033', '00:00:00.033'],
    [1500, '00:00:01,500', '00:00:01.500'],
    [59_999, '00:00:59,999', '00:00:59.999'],
    [60_000, '00:01:00,000', '00:01:00.000'],
    [3_599_999, '00:59:59,999', '00:59:59.999'],
    [3_600_000, '01:00:00,000', '01:00:00.000'],
    [3_723_004, '01:02:03,004', '01:02:03.004'],
    [360_000_000, '100:00:00,000', '100:00:00.000'],
  ])('%i ms is %s in SRT and %s in WebVTT', (ms, srt, vtt) => {
    expect(formatSrtTimestamp(ms)).toBe(srt);
    expect(formatVttTimestamp(ms)).toBe(vtt);
  });

  it.each([
    [45, 30, '00:00:01.500'],
    [1, 30, '00:00:00.033'],
    [2, 30, '00:00:00.067'],
    [1, 25, '00:00:00.040'],
    [1, 60, '00:00:00.017'],
    [108_000, 30, '01:00:00.000'],
    [90_001, 25, '01:00:00.040'],
    [216_002, 60, '01:00:00.033'],
  ])('frame %i at %d fps is %s', (frame, fps, vtt) => {
    expect(formatVttTimestamp(frameToMs(frame, fps))).toBe(vtt);
  });

  it('times a cue from its first frame to the first frame it is gone', () => {
    expect(cueTimesMs(cue(30, 75, ['x']), 30)).toEqual({ startMs: 1000, endMs: 2500 });
    expect(cueTimesMs(cue(0, 1, ['x']), 60)).toEqual({ startMs: 0, endMs: 17 });
  });

  it.each([
    ['a negative frame', () => frameToMs(-1, 30)],
    ['a fractional frame', () => frameToMs(1.5, 30)],
    ['zero fps', () => frameToMs(1, 0)],
    ['NaN fps', () => frameToMs(1, Number.NaN)],
    ['negative milliseconds', () => formatSrtTimestamp(-1)],
    ['fractional milliseconds', () => formatVttTimestamp(0.5)],
    ['a cue that ends where it starts', () => cueTimesMs(cue(10, 10, ['x']), 30)],
  ])('refuses %s', (_name, call) => {
    expect(call).toThrow(RangeError);
  });
});

describe('SRT and WebVTT files', () => {
  it('writes the exact SRT and WebVTT layouts', () => {
    const cues = [cue(0, 45, ['Council approves', 'new bridge']), cue(47, 90, ['Work starts in May'])];
    expect(toSrt(cues, 30)).toBe(
      '1\n00:00:00,000 --> 00:00:01,500\nCouncil approves\nnew bridge\n\n2\n00:00:01,567 --> 00:00:03,000\nWork starts in May\n',
    );
    expect(toVtt(cues, 30)).toBe(
      'WEBVTT\n\n1\n00:00:00.000 --> 00:00:01.500\nCouncil approves\nnew bridge\n\n2\n00:00:01.567 --> 00:00:03.000\nWork starts in May\n',
    );
  });

  it('writes no cues for no cues', () => {
    expect(toSrt([], 30)).toBe('');
    expect(toVtt([], 30)).toBe('WEBVTT\n\n');
    expect(parseVtt(toVtt([], 30))).toEqual({ errors: [], cues: [] });
  });

  // [case, the cue's lines, the lines in the .srt, the lines in the .vtt, the text a viewer sees]
  it.each([
    ['plain text', ['Bridge opens'], ['Bridge opens'], ['Bridge opens'], 'Bridge opens'],
    ['< and &', ['Profits < costs & rising'], ['Profits < costs & rising'], ['Profits &lt; costs &amp; rising'], 'Profits < costs & rising'],
    ['>', ['Costs > profits'], ['Costs > profits'], ['Costs &gt; profits'], 'Costs > profits'],
    ['an escape already written', ['Tom &amp; Jerry'], ['Tom &amp; Jerry'], ['Tom &amp;amp; Jerry'], 'Tom &amp; Jerry'],
    ['a tag-like word', ['<b>not bold</b>'], ['<b>not bold</b>'], ['&lt;b&gt;not bold&lt;/b&gt;'], '<b>not bold</b>'],
    ['-->', ['Before --> after'], ['Before → after'], ['Before → after'], 'Before → after'],
    ['----> and -->-->', ['a ----> b -->--> c'], ['a --→ b →→ c'], ['a --→ b →→ c'], 'a --→ b →→ c'],
    ['Arabic', ['قال المتحدث'], ['قال المتحدث'], ['قال المتحدث'], 'قال المتحدث'],
    ['Japanese', ['東京で地震'], ['東京で地震'], ['東京で地震'], '東京で地震'],
    ['emoji', ['Record heat 🔥🌡️', 'Family 👨‍👩‍👧'], ['Record heat 🔥🌡️', 'Family 👨‍👩‍👧'], ['Record heat 🔥🌡️', 'Family 👨‍👩‍👧'], 'Record heat 🔥🌡️\nFamily 👨‍👩‍👧'],
    ['two lines', ['Council approves', 'new bridge'], ['Council approves', 'new bridge'], ['Council approves', 'new bridge'], 'Council approves\nnew bridge'],
    ['mixed scripts on three lines', ['UN:', 'قال المتحدث', '東京で地震 & more'], ['UN:', 'قال المتحدث', '東京で地震 & more'], ['UN:', 'قال المتحدث', '東京で地震 &amp; more'], 'UN:\nقال المتحدث\n東京で地震 & more'],
    ['a newline inside a line', ['first\nsecond'], ['first', 'second'], ['first', 'second'], 'first\nsecond'],
    ['a blank line inside a line', ['first\r\n\r\nsecond'], ['first', 'second'], ['first', 'second'], 'first\nsecond'],
    ['a blank line', ['first', '   ', 'second'], ['first', 'second'], ['first', 'second'], 'first\nsecond'],
    ['a Unicode line separator', ['first\u2028second'], ['first', 'second'], ['first', 'second'], 'first\nsecond'],
    ['control characters and runs of spaces', ['a\u0000b\u0007c   d\t e '], ['abc d e'], ['abc d e'], 'abc d e'],
    ['a line that is only a number', ['2', 'people hurt'], ['2', 'people hurt'], ['2', 'people hurt'], '2\npeople hurt'],
    ['a line that says WEBVTT or NOTE', ['WEBVTT', 'NOTE this'], ['WEBVTT', 'NOTE this'], ['WEBVTT', 'NOTE this'], 'WEBVTT\nNOTE this'],
  ])('%s', (_name, lines, srtLines, vttLines, displayed) => {
    const cues = [cue(0, 20, ['Before']), cue(22, 67, lines), cue(69, 90, ['After'])];
    const expected = expectedCues(cues, 30, ['Before', displayed, 'After']);

    const srt = toSrt(cues, 30);
    expect(srt).toBe(`1\n00:00:00,000 --> 00:00:00,667\nBefore\n\n2\n00:00:00,733 --> 00:00:02,233\n${srtLines.join('\n')}\n\n3\n00:00:02,300 --> 00:00:03,000\nAfter\n`);
    expect(validateSrt(srt)).toEqual([]);
    expect(srtParser.parse(srt).map(({ time, text }) => ({ startMs: time.start, endMs: time.end, text }))).toEqual(
      expectedCues(cues, 30, ['Before', srtLines.join('\n'), 'After']),
    );

    const vtt = toVtt(cues, 30);
    expect(vtt).toBe(`WEBVTT\n\n1\n00:00:00.000 --> 00:00:00.667\nBefore\n\n2\n00:00:00.733 --> 00:00:02.233\n${vttLines.join('\n')}\n\n3\n00:00:02.300 --> 00:00:03.000\nAfter\n`);
    const parsed = parseVtt(vtt);
    expect(parsed.errors).toEqual([]);
    expect(parsed.cues.map(({ startMs, endMs, text }) => ({ startMs, endMs, text }))).toEqual(expected);
  });

  it.each([25, 30, 60])('files at %i fps pass the validators and read back as the cues', (fps) => {
    const cues = sampleCues(fps);
    const expected = expectedCues(cues, fps);

    const srt = toSrt(cues, fps);
    expect(validateSrt(srt)).toEqual([]);
    const srtRead = srtParser.parse(srt);
    expect(srtRead.map((parsed) => parsed.sequenceNumber)).toEqual([1, 2, 3, 4]);
    expect(srtRead.map(({ time, text }) => ({ startMs: time.start, endMs: time.end, text }))).toEqual(expected);

    const vtt = parseVtt(toVtt(cues, fps));
    expect(vtt.errors).toEqual([]);
    expect(vtt.cues).toEqual(expected.map((each, index) => ({ id: String(index + 1), ...each })));
    // Frame-exact: each time is the start of its frame, to the millisecond.
    for (const [index, each] of cues.entries()) {
      expect(vtt.cues[index]?.startMs).toBe(Math.round((each.startFrame * 1000) / fps));
      expect(vtt.cues[index]?.endMs).toBe(Math.round((each.endFrame * 1000) / fps));
    }
  });

  it('keeps an hour-long file valid', () => {
    const cues = [cue(107_900, 107_999, ['Before the hour']), cue(108_001, 108_100, ['After the hour'])];
    const srt = toSrt(cues, 30);
    expect(srt).toContain('2\n01:00:00,033 --> 01:00:03,333\n');
    expect(validateSrt(srt)).toEqual([]);
    const vtt = parseVtt(toVtt(cues, 30));
    expect(vtt.errors).toEqual([]);
    expect(vtt.cues.map(({ startMs, endMs }) => [startMs, endMs])).toEqual([
      [3_596_667, 3_599_967],
      [3_600_033, 3_603_333],
    ]);
  });

  it.each([
    ['a cue with no text', [cue(0, 20, ['  ', '\n'])], 'cue 1 (frames 0–20, segment headline) has no text'],
    ['cues out of order', [cue(30, 50, ['b']), cue(0, 20, ['a'])], 'cue 2 (frames 0–20, segment headline) starts before the cue before it ends'],
    ['a cue that ends before it starts', [cue(20, 10, ['a'])], 'a cue must end after it starts, got frames 20 to 10'],
  ])('refuses %s', (_name, cues, message) => {
    expect(() => toSrt(cues, 30)).toThrow(message);
    expect(() => toVtt(cues, 30)).toThrow(message);
  });
});

describe('ffmpeg reads the files', () => {
  const dir = mkdtempSync(join(tmpdir(), 'news60-captions-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const cues = [
    cue(0, 45, ['Profits < costs & rising', 'a --> b']),
    cue(47, 90, ['قال المتحدث', '東京で地震 🔥']),
    cue(92, 150, ['Tom &amp; Jerry > 2']),
  ];
  const displayed = ['Profits < costs & rising\na → b', 'قال المتحدث\n東京で地震 🔥', 'Tom &amp; Jerry > 2'];

  it.each([
    ['srt', toSrt],
    ['vtt', toVtt],
  ])('.%s', (extension, write) => {
    const file = join(dir, `captions.${extension}`);
    writeFileSync(file, write(cues, 30));
    // Decoding and re-encoding as SRT makes ffmpeg parse every cue, unlike a null output.
    let output: string;
    try {
      output = execFileSync('ffmpeg', ['-nostdin', '-v', 'error', '-i', file, '-f', 'srt', '-'], { encoding: 'utf8' });
    } catch (error) {
      throw new Error(`ffmpeg failed on the .${extension} file: ${String((error as { stderr?: unknown }).stderr ?? error)}`);
    }
    expect(validateSrt(output)).toEqual([]);
    expect(srtParser.parse(output).map(({ time, text }) => ({ startMs: time.start, endMs: time.end, text }))).toEqual(
      expectedCues(cues, 30, displayed),
    );
  });
});

describe('the sidecars of every sample story', () => {
  it.each(SAMPLE_CASES)('$file ($format) pass webvtt-parser, srt-validator and ffmpeg', ({ file, format }) => {
    const { cues, timeline } = captionSample(file, format);
    const vtt = toVtt(cues, timeline.fps);
    const srt = toSrt(cues, timeline.fps);
    const parsed = parseVtt(vtt);
    expect(parsed.errors).toEqual([]);
    expect(parsed.cues.map(({ startMs, endMs, text }) => ({ startMs, endMs, text }))).toEqual(expectedCues(cues, timeline.fps));
    expect(validateSrt(srt)).toEqual([]);
    const dir = mkdtempSync(join(tmpdir(), 'news60-sample-sidecars-'));
    try {
      for (const [name, text] of [['c.srt', srt], ['c.vtt', vtt]] as const) {
        writeFileSync(join(dir, name), text);
        const read = execFileSync('ffmpeg', ['-nostdin', '-v', 'error', '-i', join(dir, name), '-f', 'srt', '-'], { encoding: 'utf8' });
        expect(read).toContain(cues[0]!.lines[0]!);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
