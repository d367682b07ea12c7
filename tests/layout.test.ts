import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FORMAT_IDS, FORMATS } from '../src/formats/formats';
import { checkTextFits } from '../src/scenes/check-text';
import { captionBoxFor, layoutFor, stageFor, type Box } from '../src/scenes/layout';
import { StorySchema } from '../src/story/schema';
import { fittingFontSize, lineCount } from '../src/story/text-fit';
import { STORY_FILES } from './samples';

const inside = (box: Box, outer: Box) =>
  box.left >= outer.left && box.top >= outer.top && box.left + box.width <= outer.left + outer.width && box.top + box.height <= outer.top + outer.height && box.width > 0 && box.height > 0;
const overlaps = (a: Box, b: Box) => a.left < b.left + b.width && b.left < a.left + a.width && a.top < b.top + b.height && b.top < a.top + a.height;
const NEEDS = [
  { captions: false, lowerThird: false },
  { captions: true, lowerThird: false },
  { captions: false, lowerThird: true },
  { captions: true, lowerThird: true },
];

describe('every text box stays inside the safe area', () => {
  it.each(FORMAT_IDS)('%s', (id) => {
    const format = FORMATS[id];
    const layout = layoutFor(format);
    expect(layout.safe).toEqual({
      left: format.safe.left,
      top: format.safe.top,
      width: format.width - format.safe.left - format.safe.right,
      height: format.height - format.safe.top - format.safe.bottom,
    });
    for (const box of [layout.topRow, layout.lowerThird, layout.caption, layout.captionAboveLowerThird]) expect(inside(box, layout.safe)).toBe(true);
    for (const needs of NEEDS) {
      const stage = stageFor(layout, needs);
      expect(inside(stage, layout.safe)).toBe(true);
      expect(overlaps(stage, layout.topRow)).toBe(false);
      if (needs.captions) expect(overlaps(stage, captionBoxFor(layout, needs))).toBe(false);
      if (needs.lowerThird) {
        expect(overlaps(stage, layout.lowerThird)).toBe(false);
        if (needs.captions) expect(overlaps(captionBoxFor(layout, needs), layout.lowerThird)).toBe(false);
      }
    }
  });

  it('keeps the vertical format clear of the Reels/TikTok/Shorts overlays', () => {
    expect(layoutFor(FORMATS.vertical).safe).toEqual({ left: 65, top: 270, width: 950, height: 980 });
  });
});

describe('scene styles paint nothing costly per frame', () => {
  const files = readdirSync('src/scenes').filter((name) => name.endsWith('.tsx') || name.endsWith('.ts'));
  it.each(files)('%s has no blur, shadow or gradient', (name) => {
    const source = readFileSync(path.join('src/scenes', name), 'utf8');
    expect(source).not.toMatch(/\bfilter\s*:|backdropFilter|blur\(|boxShadow|textShadow|box-shadow|text-shadow|gradient\(/i);
  });
});

describe('text too long for its box is rejected, not clipped', () => {
  const box = { width: 400, height: 300, lineHeight: 1.2, maxFontSize: 60, minFontSize: 30, face: 'inter-700' as const };

  it.each([
    ['a short text at the largest size', 'Bridge opens', 60],
    ['a longer text at a smaller size', 'Council approves new bridge over the river after years of debate', 49],
    ['too much text for the smallest size', 'word '.repeat(80).trim(), null],
  ])('%s', (_name, text, expected) => {
    const size = fittingFontSize(text, box);
    if (expected === null) expect(size).toBeNull();
    else {
      expect(size).toBeGreaterThanOrEqual(expected - 6);
      expect(size).toBeLessThanOrEqual(expected + 6);
    }
  });

  it('counts lines as the browser wraps them, CJK between characters', () => {
    expect(lineCount('aaa bbb ccc', 1000, 10, 'inter-700')).toBe(1);
    expect(lineCount('東京都は十五日新しい橋の建設計画を発表した', 100, 20, 'inter-700')).toBe(5);
  });

  it('passes every sample story', async () => {
    for (const file of STORY_FILES) {
      const story = StorySchema.parse(JSON.parse(readFileSync(file, 'utf8')));
      expect({ file, problems: checkTextFits(story, !!story.voiceover?.transcript) }).toEqual({ file, problems: [] });
    }
  });

  it('names the field, the format and how much to cut', () => {
    // The schema's length limits keep real stories inside every box; past them, the check speaks.
    const parsed = StorySchema.parse({ headline: 'Council opens new bridge', narration: ['The council opened the bridge.'], quotes: [{ text: 'x', speaker: 'Ann Example' }] });
    const story = { ...parsed, quotes: [{ text: 'Unbelievable '.repeat(60).trim(), speaker: 'Ann Example' }] };
    const [problem, ...rest] = checkTextFits(story, false);
    expect(rest).toEqual([]);
    expect(problem!.path).toBe('quotes[0].text');
    expect(problem!.message).toMatch(/^too long for its box in the \w+ format even at \d+ px; cut about \d+ characters$/);
  });
});
