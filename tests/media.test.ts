import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { FORMATS } from '../src/formats/formats';
import { accentFromColour, coverCrop, keptByCover, photoAccent, prepareBackdrop, prepareBrandBackdrop, prepareLogo, vividColour } from '../src/render/media';
import { worstContrast } from '../src/theme/contrast';
import { DEFAULT_THEME } from '../src/theme/schema';

const dir = mkdtempSync(path.join(os.tmpdir(), 'news60-media-'));

async function photo(name: string, svg: string): Promise<string> {
  await sharp(Buffer.from(svg)).jpeg().toFile(path.join(dir, name));
  return name;
}

describe('cover crop around the focus point', () => {
  it.each([
    ['a square photo in a vertical frame, centred', { width: 2000, height: 2000 }, FORMATS.vertical, { x: 0.5, y: 0.5 }, { scale: 0.96, left: 420, top: 0 }],
    ['the same, focus on the left edge', { width: 2000, height: 2000 }, FORMATS.vertical, { x: 0, y: 0.5 }, { scale: 0.96, left: 0, top: 0 }],
    ['the same, focus on the right edge', { width: 2000, height: 2000 }, FORMATS.vertical, { x: 1, y: 0.5 }, { scale: 0.96, left: 840, top: 0 }],
    ['a tall photo in a landscape frame, focus high', { width: 1000, height: 3000 }, FORMATS.landscape, { x: 0.5, y: 0.2 }, { scale: 1.92, left: 0, top: 612 }],
  ])('%s', (_name, image, frame, focus, expected) => {
    const crop = coverCrop(image, frame, focus);
    expect(crop.scale).toBeCloseTo(expected.scale, 2);
    expect({ left: crop.left, top: crop.top }).toEqual({ left: expected.left, top: expected.top });
  });
});

describe('photo preparation', () => {
  it('crops and sizes the photo for the frame, upright (EXIF orientation applied)', async () => {
    // A landscape photo stored on its side: EXIF orientation 6 turns it upright (portrait).
    const src = 'sideways.jpg';
    await sharp({ create: { width: 1200, height: 800, channels: 3, background: '#336699' } }).withMetadata({ orientation: 6 }).jpeg().toFile(path.join(dir, src));
    const relative = await prepareBackdrop({ image: { src, credit: 'A', alt: 'B' }, storyDir: dir, format: FORMATS.square, theme: DEFAULT_THEME, publicDir: dir });
    const meta = await sharp(path.join(dir, relative)).metadata();
    expect(meta).toMatchObject({ width: 1080, height: 1080, format: 'jpeg' });
    // The same input is prepared once.
    expect(await prepareBackdrop({ image: { src, credit: 'A', alt: 'B' }, storyDir: dir, format: FORMATS.square, theme: DEFAULT_THEME, publicDir: dir })).toBe(relative);
  });

  it('draws a branded background for a story without a photo', async () => {
    const relative = await prepareBrandBackdrop({ format: FORMATS.landscape, theme: DEFAULT_THEME, publicDir: dir });
    const meta = await sharp(path.join(dir, relative)).metadata();
    expect(meta).toMatchObject({ width: 1920, height: 1080 });
  });

  it('refuses a file that is not an image, naming the field', async () => {
    writeFileSync(path.join(dir, 'fake.jpg'), 'not an image at all');
    await expect(prepareBackdrop({ image: { src: 'fake.jpg', credit: 'A', alt: 'B' }, storyDir: dir, format: FORMATS.square, theme: DEFAULT_THEME, publicDir: dir })).rejects.toThrow(/^image\.src: fake\.jpg is not a readable image/);
  });
});

describe('logos', () => {
  it('takes an SVG as it is and a PNG through sharp, and refuses anything else', async () => {
    const svg = await prepareLogo({ src: 'logo.svg', storyDir: path.resolve('assets/themes'), publicDir: dir });
    expect(svg).toMatch(/^news60-media\/[0-9a-f]{24}\.svg$/);
    const pngSource = path.join(dir, 'logo.png');
    await sharp({ create: { width: 2000, height: 1000, channels: 4, background: '#f2b705' } }).png().toFile(pngSource);
    const png = await prepareLogo({ src: 'logo.png', storyDir: dir, publicDir: dir });
    expect(await sharp(path.join(dir, png)).metadata()).toMatchObject({ format: 'png', width: 800, height: 400 });
    writeFileSync(path.join(dir, 'fake.svg'), 'hello');
    await expect(prepareLogo({ src: 'fake.svg', storyDir: dir, publicDir: dir })).rejects.toThrow(/^theme\.logo: fake\.svg is not a readable SVG/);
    await expect(prepareLogo({ src: 'logo.gif', storyDir: dir, publicDir: dir })).rejects.toThrow('theme.logo: logo.gif must be an .svg or .png file');
  });
});

describe('accent from the photo', () => {
  it('takes a vivid colour, darkened until white text reads on it', async () => {
    const src = await photo('orange.jpg', '<svg xmlns="http://www.w3.org/2000/svg" width="400" height="400"><rect width="400" height="400" fill="#444"/><rect width="400" height="120" fill="#ff8800"/></svg>');
    const accent = await photoAccent({ src, credit: 'A', alt: 'B' }, dir, DEFAULT_THEME, []);
    expect(accent).toMatch(/^#[0-9a-f]{6}$/);
    expect(worstContrast('#ffffff', accent!)).toBeGreaterThanOrEqual(4.5);
    const [r, g, b] = [1, 3, 5].map((offset) => parseInt(accent!.slice(offset, offset + 2), 16));
    expect(r!).toBeGreaterThan(g!);
    expect(g!).toBeGreaterThan(b!);
  });

  it('keeps the theme accent for a grey photo', async () => {
    const src = await photo('grey.jpg', '<svg xmlns="http://www.w3.org/2000/svg" width="200" height="200"><rect width="200" height="200" fill="#777"/></svg>');
    expect(await photoAccent({ src, credit: 'A', alt: 'B' }, dir, DEFAULT_THEME, [])).toBeNull();
  });

  it('keeps the theme accent when the only vivid colour is too close to the background', () => {
    expect(accentFromColour({ r: 20, g: 30, b: 60 }, '#ffffff', '#0e1a2b')).toBeNull();
    expect(vividColour(new Uint8Array(64 * 64 * 3).fill(128))).toBeNull();
  });
});

describe('a photo that a crop would mostly cut away', () => {
  it.each([
    ['a 16:9 photo in a 9:16 frame', { width: 1920, height: 1080 }, FORMATS.vertical, 0.32],
    ['a square photo in a 9:16 frame', { width: 1000, height: 1000 }, FORMATS.vertical, 0.56],
    ['a 16:9 photo in a 16:9 frame', { width: 1920, height: 1080 }, FORMATS.landscape, 1],
  ])('%s: the crop keeps %s of it', (_name, image, frame, kept) => {
    expect(keptByCover(image, frame)).toBeCloseTo(kept, 2);
  });

  it('is shown whole over a blurred fill of itself', async () => {
    // A wide photo: a bright band across the middle, black above and below.
    const src = 'wide.png';
    await sharp({ create: { width: 1600, height: 900, channels: 3, background: '#ffffff' } }).png().toFile(path.join(dir, src));
    const relative = await prepareBackdrop({ image: { src, credit: 'A', alt: 'B' }, storyDir: dir, format: FORMATS.vertical, theme: DEFAULT_THEME, publicDir: dir });
    const { data, info } = await sharp(path.join(dir, relative)).greyscale().raw().toBuffer({ resolveWithObject: true });
    const at = (y: number) => data[y * info.width + Math.round(info.width / 2)]!;
    // The whole photo (white, 1080×608) sits around 38% down; the fill above it is darkened.
    expect(at(Math.round(1920 * 0.38))).toBeGreaterThan(200);
    expect(at(100)).toBeLessThan(at(Math.round(1920 * 0.38)) - 40);
  });
});
