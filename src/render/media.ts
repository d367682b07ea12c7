import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, realpath, writeFile } from 'node:fs/promises';
import path from 'node:path';
import sharp from 'sharp';
import type { Format } from '../formats/formats';
import type { Story, StoryImage } from '../story/schema';
import { worstContrast } from '../theme/contrast';
import { MIN_CONTRAST, type Theme } from '../theme/schema';
import { writeAtomically } from './atomic';
import { InputError } from './errors';
import { fetchMedia } from './fetch';

/** Refuse images larger than this many pixels (decompression bombs). */
export const MAX_INPUT_PIXELS = 100_000_000;
/** Folder inside the bundle's public folder where prepared media goes. */
const MEDIA_FOLDER = 'news60-media';
/** Bump when the preparation changes, so cached files are made anew. */
const PREPARE_VERSION = 3;

/**
 * A media file named by a story field (`image.src`, `voiceover.src`…), relative to the story's
 * folder. It must lie inside one of the allowed folders: the story's own, and those the caller
 * adds (the shipped sample assets).
 */
export function resolveMediaPath(field: string, src: string, storyDir: string, extraRoots: readonly string[] = []): string {
  if (isWebUrl(src)) throw new InputError(`${field}: ${src} is a URL, not a file path`);
  if (/^[a-z][a-z0-9+.-]*:/i.test(src)) throw new InputError(`${field}: ${src.split(':')[0]}: URLs are not allowed; give an http(s) URL or a file path`);
  const resolved = path.resolve(storyDir, src);
  const inside = (root: string) => resolved.startsWith(path.resolve(root) + path.sep);
  if (![storyDir, ...extraRoots].some(inside)) {
    throw new InputError(`${field}: ${src} lies outside the story's folder; copy the file next to the story file, or allow its folder with --allow-path DIR`);
  }
  return resolved;
}

/** An http(s) URL, which news60 downloads (see fetch.ts). */
export const isWebUrl = (src: string): boolean => /^https?:\/\//i.test(src);

/** The extension of a media file or of a URL's path, lower case, with the dot. */
export const mediaExtension = (src: string): string => path.extname(isWebUrl(src) ? new URL(src).pathname : src).toLowerCase();

/**
 * Reads a media file named by a story field: a path inside the allowed folders, or an http(s)
 * URL downloaded with limits. A missing, unreadable or refused file is bad input.
 */
export async function readMedia(field: string, src: string, storyDir: string, extraRoots: readonly string[] = []): Promise<Buffer> {
  if (isWebUrl(src)) return fetchMedia(field, src);
  const file = resolveMediaPath(field, src, storyDir, extraRoots);
  try {
    // A link inside the folder may point outside it: the real path must be inside too.
    const real = await realpath(file);
    const roots = await Promise.all([storyDir, ...extraRoots].map((root) => realpath(root).catch(() => path.resolve(root))));
    if (!roots.some((root) => real.startsWith(root + path.sep))) {
      throw new InputError(`${field}: ${src} is a link to ${real}, outside the story's folder; copy the file itself, or allow its folder with --allow-path DIR`);
    }
    return await readFile(real);
  } catch (error) {
    if (error instanceof InputError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    throw new InputError(`${field}: ${src}: ${code === 'ENOENT' ? 'file not found' : `cannot be read (${code})`}`);
  }
}

/** Audio the browser can play and Remotion can mix. */
const AUDIO_EXTENSIONS = new Set(['.mp3', '.wav', '.m4a', '.aac', '.ogg', '.opus', '.flac']);

/**
 * Copies an audio file into the bundle's public folder under a content hash (so a changed file is
 * a new URL) and returns its path there for `staticFile`.
 */
export async function prepareAudio(options: {
  readonly field: string;
  readonly src: string;
  readonly storyDir: string;
  readonly publicDir: string;
  readonly allowedRoots?: readonly string[];
}): Promise<string> {
  const extension = mediaExtension(options.src);
  checkAudioExtension(options.field, options.src);
  const bytes = await readMedia(options.field, options.src, options.storyDir, options.allowedRoots);
  const relative = `${MEDIA_FOLDER}/${createHash('sha256').update(bytes).digest('hex').slice(0, 24)}${extension}`;
  const target = path.join(options.publicDir, relative);
  if (existsSync(target)) return relative;
  await mkdir(path.dirname(target), { recursive: true });
  await writeAtomically(target, (temporary) => writeFile(temporary, bytes));
  return relative;
}

/**
 * A gradient that darkens the lower part of the photo towards the theme's background, baked into
 * the image so the browser paints no gradient per frame.
 */
function scrimSvg(width: number, height: number, color: string): Buffer {
  return Buffer.from(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">
      <defs>
        <linearGradient id="s" x1="0" y1="0" x2="0" y2="1">
          <stop offset="0" stop-color="#000" stop-opacity="0.35"/>
          <stop offset="0.2" stop-color="#000" stop-opacity="0"/>
          <stop offset="0.45" stop-color="${color}" stop-opacity="0"/>
          <stop offset="1" stop-color="${color}" stop-opacity="0.9"/>
        </linearGradient>
      </defs>
      <rect width="100%" height="100%" fill="url(#s)"/>
    </svg>`,
  );
}

/** A cover crop that keeps less of the photo than this shows it whole over a blurred fill instead. */
const MIN_COVER_SHARE = 0.5;
/** A photo shown whole sits with its centre this far down the frame, above the headline. */
const PHOTO_CENTRE_Y = 0.38;

/** The share of a photo's area that a cover crop to the frame keeps. */
export function keptByCover(image: { width: number; height: number }, frame: { width: number; height: number }): number {
  const imageAspect = image.width / image.height;
  const frameAspect = frame.width / frame.height;
  return Math.min(imageAspect / frameAspect, frameAspect / imageAspect);
}

/** Crop window of a `width`×`height` cover crop of an image, centred on the focus point. */
export function coverCrop(
  image: { width: number; height: number },
  frame: { width: number; height: number },
  focus: { x: number; y: number } = { x: 0.5, y: 0.5 },
): { scale: number; left: number; top: number } {
  const scale = Math.max(frame.width / image.width, frame.height / image.height);
  const scaledWidth = Math.round(image.width * scale);
  const scaledHeight = Math.round(image.height * scale);
  const clamp = (value: number, max: number) => Math.min(Math.max(0, Math.round(value)), max);
  return {
    scale,
    left: clamp(focus.x * scaledWidth - frame.width / 2, scaledWidth - frame.width),
    top: clamp(focus.y * scaledHeight - frame.height / 2, scaledHeight - frame.height),
  };
}

/**
 * Prepares the story photo for a format with sharp: EXIF orientation, a cover crop around the
 * focus point at the frame's size, the legibility scrim baked in, JPEG. Written once into the
 * bundle's public folder under a content hash; returns its path there for `staticFile`.
 */
export async function prepareBackdrop(options: {
  readonly image: StoryImage;
  readonly storyDir: string;
  readonly format: Pick<Format, 'width' | 'height'>;
  readonly theme: Theme;
  readonly publicDir: string;
  /** Folders besides the story's own that the photo may come from. */
  readonly allowedRoots?: readonly string[];
}): Promise<string> {
  const { image, format, theme } = options;
  const bytes = await readMedia('image.src', image.src, options.storyDir, options.allowedRoots);
  const key = createHash('sha256')
    .update(bytes)
    .update(JSON.stringify([PREPARE_VERSION, format.width, format.height, image.focus ?? null, theme.colors.background]))
    .digest('hex')
    .slice(0, 24);
  const relative = `${MEDIA_FOLDER}/${key}.jpg`;
  const target = path.join(options.publicDir, relative);
  if (existsSync(target)) return relative;

  // Decoded once, upright (EXIF orientation applied), as raw pixels for the crop.
  let oriented: { data: Buffer; info: { width: number; height: number; channels: 1 | 2 | 3 | 4 } };
  try {
    oriented = await sharp(bytes, { limitInputPixels: MAX_INPUT_PIXELS }).rotate().raw().toBuffer({ resolveWithObject: true });
  } catch (error) {
    throw new InputError(`image.src: ${image.src} is not a readable image (${(error as Error).message})`);
  }
  const crop = coverCrop(oriented.info, format, image.focus);
  const cover = sharp(oriented.data, { raw: oriented.info })
    .resize(Math.max(format.width, Math.round(oriented.info.width * crop.scale)), Math.max(format.height, Math.round(oriented.info.height * crop.scale)))
    .extract({ left: crop.left, top: crop.top, width: format.width, height: format.height });
  await mkdir(path.dirname(target), { recursive: true });
  await writeAtomically(target, async (temporary) => {
    if (keptByCover(oriented.info, format) >= MIN_COVER_SHARE) {
      await cover.composite([{ input: scrimSvg(format.width, format.height, theme.colors.background) }]).jpeg({ quality: 88, mozjpeg: true }).toFile(temporary);
      return;
    }
    // Cropping would cut away most of the photo (a wide photo in a tall frame): show it whole,
    // over a blurred, darkened copy of itself that fills the frame, all drawn once here.
    const fill = await cover.blur(40).modulate({ brightness: 0.55 }).png().toBuffer();
    const scale = Math.min(format.width / oriented.info.width, format.height / oriented.info.height);
    const width = Math.round(oriented.info.width * scale);
    const height = Math.round(oriented.info.height * scale);
    const whole = await sharp(oriented.data, { raw: oriented.info }).resize(width, height).png().toBuffer();
    const top = Math.min(Math.max(0, Math.round(format.height * PHOTO_CENTRE_Y - height / 2)), format.height - height);
    await sharp(fill)
      .composite([
        { input: whole, left: Math.round((format.width - width) / 2), top },
        { input: scrimSvg(format.width, format.height, theme.colors.background) },
      ])
      .jpeg({ quality: 88, mozjpeg: true })
      .toFile(temporary);
  });
  return relative;
}

/**
 * Checks every media file a story names, without preparing any: the photo is there and is an
 * image sharp can read within the pixel limit, the audio files are there and of a known kind.
 * Throws an {@link InputError} that names the field.
 */
export async function checkMedia(story: Pick<Story, 'image' | 'voiceover' | 'music' | 'theme'>, storyDir: string, allowedRoots: readonly string[]): Promise<void> {
  const logo = story.theme?.logo;
  if (logo) {
    const extension = mediaExtension(logo);
    if (!LOGO_EXTENSIONS.has(extension)) throw new InputError(`theme.logo: ${logo} must be an .svg or .png file`);
    const bytes = await readMedia('theme.logo', logo, storyDir, allowedRoots);
    try {
      if (extension === '.svg' && !/<svg[\s>]/i.test(bytes.toString('utf8'))) throw new Error('no <svg> element');
      await sharp(bytes, { limitInputPixels: MAX_INPUT_PIXELS }).metadata();
    } catch (error) {
      throw new InputError(`theme.logo: ${logo} is not a readable ${extension === '.svg' ? 'SVG' : 'PNG'} (${(error as Error).message}); export the logo again`);
    }
  }
  if (story.image) {
    const bytes = await readMedia('image.src', story.image.src, storyDir, allowedRoots);
    try {
      const meta = await sharp(bytes, { limitInputPixels: MAX_INPUT_PIXELS }).metadata();
      if (!meta.width || !meta.height) throw new Error('no size');
      if (meta.width * meta.height > MAX_INPUT_PIXELS) throw new Error(`${meta.width}×${meta.height} is more than ${MAX_INPUT_PIXELS / 1e6} megapixels`);
      // Decode it all (small): a file cut short has a good header and a broken body.
      await sharp(bytes, { limitInputPixels: MAX_INPUT_PIXELS, failOn: 'truncated' }).resize(64, 64, { fit: 'inside' }).toBuffer();
    } catch (error) {
      throw new InputError(`image.src: ${story.image.src} is not a readable image (${(error as Error).message})`);
    }
  }
  for (const [field, src] of [['voiceover.src', story.voiceover?.src], ['music.src', story.music?.src]] as const) {
    if (!src) continue;
    checkAudioExtension(field, src);
    await readMedia(field, src, storyDir, allowedRoots);
  }
}

function checkAudioExtension(field: string, src: string): void {
  if (!AUDIO_EXTENSIONS.has(mediaExtension(src))) {
    throw new InputError(`${field}: ${src} is not an audio file news60 reads; use one of ${[...AUDIO_EXTENSIONS].join(', ')}`);
  }
}

/**
 * The background of a story without a photo: the theme's background with a broad band of its
 * accent and the brand's name, drawn once with sharp for each format and theme.
 */
export async function prepareBrandBackdrop(options: { readonly format: Pick<Format, 'width' | 'height'>; readonly theme: Theme; readonly publicDir: string }): Promise<string> {
  const { format, theme } = options;
  const { width, height } = format;
  const key = createHash('sha256')
    .update(JSON.stringify([PREPARE_VERSION, 'brand', width, height, theme.colors.background, theme.colors.accent, theme.brand]))
    .digest('hex')
    .slice(0, 24);
  const relative = `${MEDIA_FOLDER}/${key}.png`;
  const target = path.join(options.publicDir, relative);
  if (existsSync(target)) return relative;
  // The brand's name as large as fits nine tenths of the width (about 0.62 em a character).
  const brandSize = Math.round(Math.min(Math.min(width, height) * 0.2, (width * 0.9) / (0.62 * Math.max(1, [...theme.brand].length))));
  const escape = (text: string) => text.replace(/[<>&'"]/g, (char) => `&#${char.charCodeAt(0)};`);
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">
    <rect width="100%" height="100%" fill="${theme.colors.background}"/>
    <polygon points="0,${height * 0.62} ${width},${height * 0.3} ${width},${height * 0.42} 0,${height * 0.74}" fill="${theme.colors.accent}" fill-opacity="0.22"/>
    <polygon points="0,${height * 0.78} ${width},${height * 0.46} ${width},${height * 0.49} 0,${height * 0.81}" fill="${theme.colors.accent}" fill-opacity="0.35"/>
    <text x="${width * 0.96}" y="${height * 0.97}" text-anchor="end" font-family="Inter, sans-serif" font-weight="800" font-size="${brandSize}" fill="${theme.colors.text}" fill-opacity="0.05">${escape(theme.brand)}</text>
  </svg>`;
  await mkdir(path.dirname(target), { recursive: true });
  await writeAtomically(target, async (temporary) => {
    await sharp(Buffer.from(svg)).png({ compressionLevel: 9 }).toFile(temporary);
  });
  return relative;
}

/**
 * The photo's most prominent vivid colour, darkened until the theme's accent text reads on it
 * (4.5:1), to stand in as the accent when the story sets no theme. Null when the photo has no
 * vivid colour or none passes, and the theme's accent stays.
 */
export async function photoAccent(image: StoryImage, storyDir: string, theme: Theme, allowedRoots: readonly string[]): Promise<string | null> {
  const bytes = await readMedia('image.src', image.src, storyDir, allowedRoots);
  const { data } = await sharp(bytes, { limitInputPixels: MAX_INPUT_PIXELS }).rotate().resize(64, 64, { fit: 'fill' }).removeAlpha().raw().toBuffer({ resolveWithObject: true });
  const vivid = vividColour(data);
  return vivid ? accentFromColour(vivid, theme.colors.accentText, theme.colors.background) : null;
}

/** The average colour of the most common hue among saturated, not-too-dark pixels (RGB bytes). */
export function vividColour(rgb: Uint8Array): { r: number; g: number; b: number } | null {
  const BINS = 12;
  const bins = Array.from({ length: BINS }, () => ({ weight: 0, r: 0, g: 0, b: 0 }));
  for (let index = 0; index + 2 < rgb.length; index += 3) {
    const [r, g, b] = [rgb[index]!, rgb[index + 1]!, rgb[index + 2]!];
    const max = Math.max(r, g, b);
    const min = Math.min(r, g, b);
    const saturation = max === 0 ? 0 : (max - min) / max;
    if (saturation < 0.35 || max < 70) continue;
    const hue = max === r ? ((g - b) / (max - min) + 6) % 6 : max === g ? (b - r) / (max - min) + 2 : (r - g) / (max - min) + 4;
    const bin = bins[Math.floor((hue / 6) * BINS) % BINS]!;
    const weight = saturation * (max / 255);
    bin.weight += weight;
    bin.r += r * weight;
    bin.g += g * weight;
    bin.b += b * weight;
  }
  const best = bins.reduce((a, b) => (b.weight > a.weight ? b : a));
  // Too few vivid pixels to speak for the photo: about 2% of it, fully saturated.
  if (best.weight < 0.02 * (rgb.length / 3)) return null;
  return { r: best.r / best.weight, g: best.g / best.weight, b: best.b / best.weight };
}

/**
 * A colour darkened step by step until `textColour` on it reaches 4.5:1 while it still stands
 * apart from the background (1.5:1 or a clear difference of hue); null if none does.
 */
export function accentFromColour(colour: { r: number; g: number; b: number }, textColour: string, backgroundColour: string): string | null {
  const hex = (value: number) => Math.round(value).toString(16).padStart(2, '0');
  for (let factor = 1; factor > 0.3; factor -= 0.05) {
    const candidate = `#${hex(colour.r * factor)}${hex(colour.g * factor)}${hex(colour.b * factor)}`;
    if (worstContrast(textColour, candidate) < MIN_CONTRAST) continue;
    const apart = worstContrast(candidate, backgroundColour) >= 1.5 || Math.max(colour.r, colour.g, colour.b) - Math.min(colour.r, colour.g, colour.b) > 90;
    return apart ? candidate : null;
  }
  return null;
}

/** Logo formats the close can show. */
const LOGO_EXTENSIONS = new Set(['.svg', '.png']);

/**
 * Copies the theme's logo into the public folder: an SVG as it is (checked to be SVG), a PNG
 * through sharp (checked, and made no larger than the close needs).
 */
export async function prepareLogo(options: { readonly src: string; readonly storyDir: string; readonly publicDir: string; readonly allowedRoots?: readonly string[] }): Promise<string> {
  const extension = mediaExtension(options.src);
  if (!LOGO_EXTENSIONS.has(extension)) throw new InputError(`theme.logo: ${options.src} must be an .svg or .png file`);
  const bytes = await readMedia('theme.logo', options.src, options.storyDir, options.allowedRoots);
  const relative = `${MEDIA_FOLDER}/${createHash('sha256').update(bytes).update(String(PREPARE_VERSION)).digest('hex').slice(0, 24)}${extension}`;
  const target = path.join(options.publicDir, relative);
  if (existsSync(target)) return relative;
  let output: Buffer;
  try {
    if (extension === '.svg') {
      if (!/<svg[\s>]/i.test(bytes.toString('utf8'))) throw new Error('no <svg> element');
      await sharp(bytes, { limitInputPixels: MAX_INPUT_PIXELS }).metadata();
      output = bytes;
    } else {
      output = await sharp(bytes, { limitInputPixels: MAX_INPUT_PIXELS }).resize(800, 800, { fit: 'inside', withoutEnlargement: true }).png().toBuffer();
    }
  } catch (error) {
    throw new InputError(`theme.logo: ${options.src} is not a readable ${extension.slice(1).toUpperCase()} (${(error as Error).message})`);
  }
  await mkdir(path.dirname(target), { recursive: true });
  await writeAtomically(target, (temporary) => writeFile(temporary, output));
  return relative;
}
