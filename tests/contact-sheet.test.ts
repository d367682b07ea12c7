import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FORMAT_IDS, FORMATS } from '../src/formats/formats';
import { chooseBrowser, launchBrowser, type Browser } from '../src/render/browser';
import { getBundle } from '../src/render/bundle';
import { contactSheet } from '../src/render/contact-sheet';
import { loadStory, type LoadedStory } from '../src/story/load';

/**
 * Regenerates a contact sheet per format for the short test story (stills only, one browser)
 * and checks each frame on it shows a picture. Needs Chromium; .ci/run installs it.
 */
const outDir = mkdtempSync(path.join(os.tmpdir(), 'news60-contact-'));
let browser: Browser;
let serveUrl: string;
let loaded: LoadedStory;

beforeAll(async () => {
  const result = await loadStory('tests/fixtures/short-story.json');
  if (!result.ok) throw new Error('the short test story must load');
  loaded = result.loaded;
  serveUrl = (await getBundle()).serveUrl;
  browser = await launchBrowser(chooseBrowser(undefined));
});

afterAll(async () => {
  await browser?.close({ silent: true });
});

describe('contact sheets', () => {
  it.each(FORMAT_IDS)('%s: one non-blank frame from the middle of each segment', async (format) => {
    const sheet = await contactSheet({ loaded, format, serveUrl, browser, outDir });
    expect(sheet.frames).toHaveLength(4);
    const meta = await sharp(sheet.file).metadata();
    const thumbWidth = Math.round((480 * FORMATS[format].width) / FORMATS[format].height);
    expect(meta.height).toBe(496);
    expect(meta.width).toBe(4 * (thumbWidth + 8) + 8);
    for (let index = 0; index < 4; index++) {
      const thumb = await sharp(sheet.file).extract({ left: 8 + index * (thumbWidth + 8), top: 8, width: thumbWidth, height: 480 }).stats();
      // Text on its panel gives a spread of brightness; an empty frame would be flat.
      expect(Math.max(...thumb.channels.map((channel) => channel.stdev))).toBeGreaterThan(15);
    }
  });
});
