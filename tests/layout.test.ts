import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FORMAT_IDS, FORMATS } from '../src/formats/formats';
import { captionBoxFor, layoutFor, stageFor, type Box } from '../src/scenes/layout';

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
