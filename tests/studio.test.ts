import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FORMAT_IDS } from '../src/formats/formats';
import { chooseBrowser } from '../src/render/browser';
import { normalise, readText, similarity } from './ocr';

/**
 * Remotion Studio end to end, in a real browser: `news60 studio STORY` on a free local port,
 * opened with playwright-core in the system Chromium. Every composition is listed; a
 * composition's canvas shows the headline at a chosen frame; the screenshot in the README
 * (docs/studio.png) is taken here.
 */
const STORY = 'tests/fixtures/short-story.json';
const HEADLINE = 'Council opens new bridge';
const SCREENSHOT = path.join('docs', 'studio.png');
const FIXTURES = ['long-headline', 'no-photo', 'many-items', 'rtl-arabic', 'cjk-emoji'];
const COMPOSITIONS = [
  ...FORMAT_IDS.map((format) => `story-${format}`),
  ...FORMAT_IDS,
  ...FIXTURES.flatMap((fixture) => FORMAT_IDS.map((format) => `${fixture}-${format}`)),
];

let studio: ChildProcess;
let output = '';
let port: number;
let browser: Browser;
let page: Page;

async function freePort(): Promise<number> {
  const server = http.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port: free } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return free;
}

beforeAll(async () => {
  port = await freePort();
  // Its own process group, so that Studio and everything it starts can be stopped together.
  studio = spawn(process.execPath, ['scripts/news60.mjs', 'studio', STORY, '--port', String(port), '--no-open'], { detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  studio.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  studio.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`Studio did not start:\n${output}`)), 150_000);
    const check = setInterval(() => {
      if (/Built in|Server ready/.test(output)) {
        clearInterval(check);
        clearTimeout(timer);
        resolve();
      }
    }, 200);
    studio.on('exit', (code) => reject(new Error(`Studio exited (${code}):\n${output}`)));
  });
  const executable = chooseBrowser(undefined).executable;
  browser = await chromium.launch({ ...(executable ? { executablePath: executable } : {}), args: ['--no-sandbox'] });
  page = await browser.newPage({ viewport: { width: 1600, height: 1000 } });
  await page.goto(`http://localhost:${port}/story-vertical`, { waitUntil: 'networkidle', timeout: 120_000 });
}, 300_000);

afterAll(async () => {
  await browser?.close();
  if (studio?.pid) {
    try {
      process.kill(-studio.pid, 'SIGTERM');
    } catch {
      // Already gone.
    }
  }
});

/** The props editor's text box that holds `value`. */
async function headlineField(value: string) {
  const boxes = page.locator('input[type="text"], input:not([type]), textarea');
  for (let index = 0; index < (await boxes.count()); index += 1) {
    if ((await boxes.nth(index).inputValue()) === value) return boxes.nth(index);
  }
  throw new Error(`no props field holds "${value}"`);
}

/** Clicks a folder in the sidebar open (it stays open). */
async function openFolder(name: string) {
  await page.locator('[title]').filter({ hasText: new RegExp(`^${name}$`) }).first().click().catch(async () => {
    await page.getByText(name, { exact: true }).first().click();
  });
}

describe('news60 studio (Remotion Studio in a browser)', () => {
  it('lists every composition: the opened story, the samples and the fixtures, in every format', async () => {
    for (const folder of ['Samples', 'Fixtures', ...FIXTURES]) await openFolder(folder);
    const sidebar = await page.evaluate(() => document.body.innerText);
    const listed = new Set(sidebar.split('\n').map((line) => line.trim()));
    expect(COMPOSITIONS.filter((id) => !listed.has(id))).toEqual([]);
    expect(COMPOSITIONS).toHaveLength(28);
  });

  it("shows the story's headline in the canvas once the open has come in", async () => {
    await page.goto(`http://localhost:${port}/story-vertical`, { waitUntil: 'networkidle' });
    const headline = page.getByText(HEADLINE, { exact: true });
    await headline.waitFor({ timeout: 60_000 });
    // Frame 30 (1 s): the entrance (0.4 s) is over.
    await page.mouse.click(1400, 300);
    for (let frame = 0; frame < 30; frame += 1) await page.keyboard.press('ArrowRight');
    await page.waitForTimeout(1500);
    const opacity = await headline.evaluate((element) => {
      let value = 1;
      for (let node: Element | null = element; node; node = node.parentElement) value *= Number(getComputedStyle(node).opacity);
      return value;
    });
    expect(opacity).toBeGreaterThan(0.99);
    const box = await headline.boundingBox();
    expect(box).not.toBeNull();
    const shot = await page.screenshot();
    const pad = 6;
    const crop = { left: Math.max(0, Math.floor(box!.x) - pad), top: Math.max(0, Math.floor(box!.y) - pad), width: Math.ceil(box!.width) + 2 * pad, height: Math.ceil(box!.height) + 2 * pad };
    // The headline is small in the preview: enlarge it for tesseract.
    const enlarged = await sharp(shot).extract(crop).resize({ width: crop.width * 3 }).png().toBuffer();
    const meta = await sharp(enlarged).metadata();
    const read = normalise(await readText(enlarged, { left: 0, top: 0, width: meta.width!, height: meta.height! }));
    expect(similarity(read, normalise(HEADLINE))).toBeGreaterThan(0.8);
  });

  it('edits props through the schema: the canvas follows, and an invalid edit shows the error', async () => {
    await page.getByLabel('Expand right sidebar').click();
    await page.getByText('Default Props').first().waitFor({ timeout: 10_000 });
    const field = await headlineField(HEADLINE);
    await field.fill('Bridge opens to traffic');
    await page.getByText('Bridge opens to traffic', { exact: true }).first().waitFor({ timeout: 10_000 });
    expect(await page.getByText('Bridge opens to traffic', { exact: true }).count()).toBeGreaterThanOrEqual(1);
    await field.fill('   ');
    await page.getByText('must not be empty').first().waitFor({ timeout: 10_000 });
    // The frame says what is wrong instead of crashing.
    await page.getByText('This story cannot be rendered as it is').waitFor({ timeout: 10_000 });
    expect(await page.getByText(/Rendered (fewer|more) hooks|Error/).count()).toBe(0);
    await field.fill(HEADLINE);
    await page.getByText(HEADLINE, { exact: true }).first().waitFor({ timeout: 10_000 });
  });

  it('saves a screenshot of Studio with the story for the README', async () => {
    mkdirSync(path.dirname(SCREENSHOT), { recursive: true });
    await page.screenshot({ path: SCREENSHOT });
    const meta = await sharp(SCREENSHOT).metadata();
    expect(meta).toMatchObject({ width: 1600, height: 1000, format: 'png' });
  });
});
