import { describe, expect, it } from 'vitest';
import { breakLines, tokenize } from '../src/captions/line-break';
import { cueTexts } from '../src/captions/cue-text';
import { textWidthEm } from '../src/theme/text-width';
import { typographic } from '../src/story/typography';
import { FORMATS } from '../src/formats/formats';
import { captionLimits } from '../src/scenes/layout';

const vertical = captionLimits(FORMATS.vertical);
const landscape = captionLimits(FORMATS.landscape);
/** Narrow lines make every rule bite on short examples. */
const narrow = { maxChars: 20, maxWidthEm: 11, maxLines: 2 };

describe('line breaking', () => {
  it.each([
    ['no break after an article', 'Ministers approved the new budget for schools', narrow, (lines: string[]) => lines.every((line) => !/\b(the|a|an)$/i.test(line))],
    ['no break after a preposition', 'Rescuers searched through the night for survivors', narrow, (lines: string[]) => lines.every((line) => !/\b(through|for|of|in|on)$/i.test(line))],
    ['no break inside a name', 'The statement was read by Ursula Leyen today', narrow, (lines: string[]) => !lines.some((line) => /Ursula$/.test(line))],
    ['no break between first and last name', 'Yesterday spokesman Dmitry Peskov told reporters', narrow, (lines: string[]) => !lines.some((line) => /Dmitry$/.test(line))],
    ['no break between a number and its unit', 'The new bridge will be exactly 240 metres long', narrow, (lines: string[]) => !lines.some((line) => /240$/.test(line))],
    ['no break between a number and what it counts', 'Officials said that 6,655 civilians were killed', narrow, (lines: string[]) => !lines.some((line) => /6,655$/.test(line))],
    ['a break after punctuation when one is near', 'He paused, then he said that talks would go on', narrow, (lines: string[]) => lines[0]!.endsWith('paused,')],
  ])('%s', (_name, text, limits, holds) => {
    const lines = breakLines(text, limits);
    expect(lines.join(' ')).toBe(text);
    expect(holds(lines)).toBe(true);
    for (const line of lines) expect([...line].length).toBeLessThanOrEqual(limits.maxChars);
  });

  it.each([
    ['never breaks inside a word that fits a line', 'internationalisation of the negotiations continues', narrow],
    ['keeps the numbers and units of the sample figures together', 'between 10,000 and 12,500-13,000 killed', narrow],
  ])('%s', (_name, text, limits) => {
    const words = text.split(' ');
    const lines = breakLines(text, limits);
    expect(lines.flatMap((line) => line.split(' '))).toEqual(words);
  });

  it('hyphenates only a word longer than a whole line', () => {
    const word = 'Donaudampfschifffahrtsgesellschaftskapitän';
    const lines = breakLines(`The ${word} spoke`, vertical);
    expect(lines.join('').replace(/-/g, '').replace(/ /g, '')).toBe(`The${word}spoke`);
    for (const line of lines) expect(textWidthEm(line)).toBeLessThanOrEqual(vertical.maxWidthEm);
    expect(lines.filter((line) => line.endsWith('-')).length).toBeGreaterThan(0);
  });

  it('measures lines against the caption font: wide letters fill a line sooner than narrow ones', () => {
    expect(textWidthEm('WWWWWWWWWW')).toBeGreaterThan(2 * textWidthEm('iiiiiiiiii'));
    // Both are 29 characters, under the 32 a vertical line may hold; only the wide one is too wide.
    expect(breakLines('WWWW MMMM WWWW MMMM WWWW MMMM', vertical)).toHaveLength(2);
    expect(breakLines('iiii llll iiii llll iiii llll', vertical)).toHaveLength(1);
  });

  it.each([
    ['Japanese', '東京都は十五日、新しい橋の建設計画を発表した。工事は来年始まる予定だ。'],
    ['Chinese', '市政府周三宣布，新大桥将于明年动工，预计三年内建成通车。'],
  ])('breaks %s between characters, never before closing punctuation', (_name, text) => {
    const lines = breakLines(text, vertical);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join('')).toBe(text);
    for (const line of lines) {
      expect(line).not.toMatch(/^[、。，．！？」』）]/u);
      expect(textWidthEm(line)).toBeLessThanOrEqual(vertical.maxWidthEm);
    }
  });

  it('breaks Arabic between words, keeping every word whole', () => {
    const text = 'قال المتحدث باسم الحكومة إن المفاوضات ستستمر الأسبوع المقبل في العاصمة وأضاف أن الوفد سيضم عشرة أعضاء';
    const lines = breakLines(text, vertical);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join(' ')).toBe(text);
  });

  it('keeps opening CJK quotation marks with the character after them', () => {
    const tokens = tokenize('知事は「市民の生活が変わる」と述べた。', vertical);
    expect(tokens.some((token) => token.text === '「市')).toBe(true);
    expect(tokens.some((token) => token.text === 'る」')).toBe(true);
  });
});

describe('cue text', () => {
  it.each([
    ['a short text is one cue', 'The bridge is open.', vertical, [['The bridge is open.']]],
    ['sentences start new cues where they cannot share one', 'Biden says talks would need the backing of Nato allies. Moscow says its offensive goes on.', vertical, [['Biden says talks would need', 'the backing of Nato allies.'], ['Moscow says', 'its offensive goes on.']]],
    ['a long sentence is cut at its clauses', 'We have official figures from the general staff, we have official figures from the top command, and they amount to between 10,000 and 12,500-13,000 killed.', landscape, [['We have official figures', 'from the general staff,'], ['we have official figures', 'from the top command,'], ['and they amount to between 10,000', 'and 12,500-13,000 killed.']]],
  ])('%s', (_name, text, limits, expected) => {
    expect(cueTexts(text, limits)).toEqual(expected);
  });

  it.each([
    ['vertical', vertical],
    ['landscape', landscape],
  ])('never exceeds the %s limits, whatever the text', (_name, limits) => {
    const text = 'In June, Mr Podolyak said that up to 200 soldiers were dying each day, in some of the most intense fighting of the year. The United Nations human rights office has recorded 6,655 civilians killed and 10,368 injured; it says the real toll is likely far higher.';
    const cues = cueTexts(text, limits);
    expect(cues.flat().join(' ')).toBe(text);
    for (const lines of cues) {
      expect(lines.length).toBeLessThanOrEqual(limits.maxLines);
      for (const line of lines) {
        expect([...line].length).toBeLessThanOrEqual(limits.maxChars);
        expect(textWidthEm(line)).toBeLessThanOrEqual(limits.maxWidthEm);
      }
    }
  });
});

describe('typography', () => {
  it.each([
    ["Biden's terms", 'Biden’s terms'],
    ["I'm prepared, he's looking", 'I’m prepared, he’s looking'],
    ['He said "no" twice', 'He said “no” twice'],
    ["the '90s", 'the ’90s'],
    ["she said 'enough'", 'she said ‘enough’'],
  ])('%s → %s', (text, expected) => {
    expect(typographic(text)).toBe(expected);
    expect([...typographic(text)].length).toBe([...text].length);
  });
});
