import { rmSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { inputHash } from '../batch/input-hash';
import os from 'node:os';
import path from 'node:path';
import { renderStill, selectComposition, type CancelSignal } from '@remotion/renderer';
import sharp from 'sharp';
import type { Cue } from '../captions/types';
import type { MotionRange } from '../timeline/types';
import { FORMATS, type FormatId } from '../formats/formats';
import { captionLimits } from '../scenes/layout';
import type { NewsVideoProps } from '../scenes/props';
import { checkTextFits } from '../scenes/check-text';
import { firstAppearances, type NewsVideoRuntimeProps } from '../scenes/resolve';
import type { LoadedStory } from '../story/load';
import { DEFAULT_THEME } from '../theme/schema';
import { stillRanges } from '../timeline/motion';
import { voicePauses } from '../timeline/align';
import { planTimeline, TimelineFitError } from '../timeline/plan';
import { ensureDir, writeAllAtomically } from './atomic';
import type { Browser } from './browser';
import { InputError, RenderFailure } from './errors';
import { checkMedia, photoAccent, prepareAudio, prepareBackdrop, prepareBrandBackdrop, prepareLogo, readMedia } from './media';
import type { Timeline } from '../timeline/types';
import { parseTranscript, TranscriptError, type TimedText } from '../captions/transcript';
import { sidecarNames } from './sidecars';
import { toSrt } from '../captions/srt';
import { toVtt } from '../captions/vtt';
import { checkCues } from '../captions/check';
import { estimate, type ProgressEvent } from './progress';
import { PUBLIC_DIR, TOOL_VERSION } from './project';
import { DEFAULT_MUSIC_VOLUME } from '../story/schema';
import { planFrames } from './frame-plan';
import { paintFrames } from './paint';
import { frameFile, StreamingEncoder } from './encode';

export type RenderJob = {
  readonly loaded: LoadedStory;
  readonly formats: readonly FormatId[];
  readonly outDir: string;
  /** Drop the last figures and quotes when the text does not fit. */
  readonly fit: boolean;
  /** A quick look: half size, half the frame rate, only `<id>-<format>.draft.mp4` written. */
  readonly draft?: boolean;
};

/** A draft is painted at this fraction of the format's size... */
export const DRAFT_SCALE = 0.5;
/** ...and keeps every DRAFT_STEP-th frame (15 fps from 30). */
export const DRAFT_STEP = 2;

export type RenderContext = {
  readonly serveUrl: string;
  readonly browser: Browser;
  readonly report: (event: ProgressEvent) => void;
  /** Browser tabs rendering at once; default the number of cores. */
  readonly concurrency?: number;
  readonly cancelSignal?: CancelSignal;
};

export type RenderResult = {
  /** Every file written: per format the video, captions and poster; then the manifest. */
  readonly outputs: readonly string[];
  readonly seconds: number;
  readonly warnings: readonly string[];
};

/** Output file names for a story and format. */
export const outputNames = (id: string, format: FormatId) => ({ video: `${id}-${format}.mp4`, poster: `${id}-${format}.jpg` });

/** A draft's only output. */
export const draftName = (id: string, format: FormatId) => `${id}-${format}.draft.mp4`;

/**
 * Plans the story in Node (bad input fails here, before the browser is used), so it throws
 * an {@link InputError} naming the file for a story that cannot fit.
 */
export function planOrExplain(loaded: LoadedStory, fit: boolean, transcript: readonly TimedText[] | null = null) {
  try {
    return planTimeline(loaded.story, { fit, voicePausesMs: transcript ? voicePauses(transcript) : undefined });
  } catch (error) {
    if (error instanceof TimelineFitError) throw new InputError(`${loaded.file}: ${error.message}`);
    throw error;
  }
}

/**
 * Everything about a story that can be wrong before a browser is opened: its media files, its
 * transcript, and whether its text fits. Throws an {@link InputError} naming the story file.
 */
export async function prepareStory(loaded: LoadedStory, fit: boolean): Promise<{ transcript: TimedText[] | null; timeline: Timeline }> {
  await forStory(loaded, () => checkMedia(loaded.story, loaded.dir, [PUBLIC_DIR, ...loaded.allowedRoots]));
  const transcript = loaded.story.voiceover?.transcript ? await readTranscript(loaded, loaded.story.voiceover.transcript) : null;
  const tooLong = checkTextFits(loaded.story, transcript !== null);
  if (tooLong.length > 0) throw new InputError(tooLong.map((problem) => `${loaded.file}: ${problem.path}: ${problem.message}`).join('\n'));
  return { transcript, timeline: planOrExplain(loaded, fit, transcript) };
}

/** Runs a media step; a media problem names the story file it comes from. */
async function forStory<T>(loaded: LoadedStory, step: () => Promise<T>): Promise<T> {
  try {
    return await step();
  } catch (error) {
    if (error instanceof InputError && !error.message.startsWith(`${loaded.file}: `)) throw new InputError(`${loaded.file}: ${error.message}`);
    throw error;
  }
}

/** The voiceover, its timed transcript, and the music bed, ready for the composition. */
export function prepareSound(loaded: LoadedStory, publicDir: string) {
  return forStory(loaded, () => prepareSoundOf(loaded, publicDir));
}

async function prepareSoundOf(loaded: LoadedStory, publicDir: string) {
  const { voiceover, music } = loaded.story;
  const common = { storyDir: loaded.dir, publicDir, allowedRoots: [PUBLIC_DIR] };
  return {
    voiceover: voiceover ? await prepareAudio({ field: 'voiceover.src', src: voiceover.src, ...common }) : null,
    music: music ? await prepareAudio({ field: 'music.src', src: music.src, ...common }) : null,
    transcript: voiceover?.transcript ? await readTranscript(loaded, voiceover.transcript) : null,
  };
}

/** The voiceover's transcript as timed words; a bad transcript is bad input. */
export async function readTranscript(loaded: LoadedStory, src: string): Promise<TimedText[]> {
  const durationSeconds = loaded.story.durationSeconds;
  const bytes = await readMedia('voiceover.transcript', src, loaded.dir, [PUBLIC_DIR]);
  try {
    return parseTranscript(bytes.toString('utf8'), src, durationSeconds * 1000);
  } catch (error) {
    if (error instanceof TranscriptError) throw new InputError(`${loaded.file}: voiceover.transcript: ${error.message}`);
    throw error;
  }
}

/** One format's outputs of a story, for the manifest. */
export type FormatManifest = {
  /** What the outputs were made from (see batch/input-hash.ts): equal means up to date. */
  readonly inputHash: string;
  readonly width: number;
  readonly height: number;
  readonly outputs: { readonly video: string; readonly srt: string; readonly vtt: string; readonly poster: string };
  readonly renderSeconds: number;
  readonly warnings: readonly string[];
  readonly cues: readonly Cue[];
  readonly stillRanges: readonly MotionRange[];
  /** Frames painted by the browser; every other frame repeats a still one. */
  readonly paintedFrames: number;
  /** Seconds the browser spent painting them, and ffmpeg went on encoding after that. */
  readonly paintSeconds: number;
  readonly encodeSeconds: number;
};

/**
 * Renders one story in every format asked for: for each, the video, its SRT and WebVTT
 * captions and its poster, renamed into place together; then the story's manifest.
 */
export async function renderStory(job: RenderJob, context: RenderContext): Promise<RenderResult> {
  const started = performance.now();
  const { loaded } = job;
  const publicDir = path.join(context.serveUrl, 'public');
  const sound = await prepareSound(loaded, publicDir);
  const timeline = planOrExplain(loaded, job.fit, sound.transcript);
  const manifestPath = path.join(job.outDir, `${loaded.id}.manifest.json`);
  // Formats rendered before and not now keep their entries (a batch re-renders only what changed).
  const formats: Record<string, FormatManifest> = { ...(await readManifest(manifestPath))?.formats };
  const outputs: string[] = [];
  for (const formatId of job.formats) {
    const result = await renderFormat(loaded, formatId, { job, context, publicDir, sound, timeline });
    if (result.manifest) formats[formatId] = result.manifest;
    outputs.push(...result.files);
  }
  // A draft is a look, not a delivery: the manifest keeps describing the full-quality outputs.
  if (job.draft) return { outputs, seconds: (performance.now() - started) / 1000, warnings: timeline.warnings };
  const manifest = {
    tool: { name: 'news60', version: TOOL_VERSION },
    story: { id: loaded.id, file: loaded.file, inputHash: loaded.hash },
    fps: timeline.fps,
    durationInFrames: timeline.durationInFrames,
    renderSeconds: Number(((performance.now() - started) / 1000).toFixed(2)),
    warnings: timeline.warnings,
    timeline: timeline.segments,
    /** Quote segments that show a lower third (captions are lifted above it there). */
    lowerThirds: firstAppearances(loaded.story, timeline),
    formats,
  };
  await writeAllAtomically([{ path: manifestPath, write: (temporary) => writeFile(temporary, `${JSON.stringify(manifest, null, 2)}\n`) }]);
  const warnings = [...timeline.warnings, ...Object.values(formats).flatMap((format) => format.warnings)];
  return { outputs: [...outputs, manifestPath], seconds: (performance.now() - started) / 1000, warnings };
}

type FormatContext = {
  readonly job: RenderJob;
  readonly context: RenderContext;
  readonly publicDir: string;
  readonly sound: Awaited<ReturnType<typeof prepareSound>>;
  readonly timeline: Timeline;
};

async function renderFormat(loaded: LoadedStory, formatId: FormatId, { job, context, publicDir, sound, timeline }: FormatContext) {
  const started = performance.now();
  const format = FORMATS[formatId];
  const inputProps = await formatProps(loaded, formatId, publicDir, sound, job.fit);
  const composition = await selectComposition({ serveUrl: context.serveUrl, id: format.id, inputProps, puppeteerInstance: context.browser, logLevel: 'error' });
  // What the browser resolved is what is burned in: the sidecars and manifest are made from it.
  const resolved = (composition.props as NewsVideoRuntimeProps).resolved;
  if (!resolved) throw new RenderFailure(`${loaded.file}: the composition did not resolve its timeline`);
  if (JSON.stringify(resolved.timeline.segments) !== JSON.stringify(timeline.segments)) {
    throw new RenderFailure(`${loaded.file}: the browser planned the story differently from Node; please report this`);
  }
  const cues = resolved.cues;
  const warnings = checkCues(cues, captionLimits(format), timeline).map((problem) => `${formatId}: caption rule: ${problem}`);

  await ensureDir(job.outDir);
  const at = (name: string) => path.join(job.outDir, name);
  const story = loaded.id;
  const still = stillRanges(timeline.segments, cues.flatMap((cue) => [cue.startFrame, cue.endFrame]));
  const draft = job.draft === true;
  const plan = planFrames(composition.durationInFrames, still, draft ? DRAFT_STEP : 1);
  const frames = plan.outputFrames;
  context.report({ type: 'start', story, format: formatId, frames });
  const progress = progressOf(plan.paint.length, frames, (renderedFrames) => {
    const elapsed = (performance.now() - started) / 1000;
    context.report({ type: 'progress', story, format: formatId, frames, renderedFrames, ...estimate(renderedFrames, frames, elapsed) });
  });
  const framesDir = await mkdtemp(path.join(os.tmpdir(), 'news60-frames-'));
  // Remotion ends the process on Ctrl-C (exit 130) before any promise settles: clean up then too.
  const removeFrames = () => rmSync(framesDir, { recursive: true, force: true });
  process.once('exit', removeFrames);
  const timings = { paintSeconds: 0, encodeSeconds: 0 };
  const video = (output: string) =>
    paintAndEncode({ composition, context, inputProps, plan, framesDir, output, draft, fps: timeline.fps / (draft ? DRAFT_STEP : 1), sound: soundFiles(sound, publicDir, loaded.story), progress, timings });
  try {
    if (draft) {
      const name = draftName(loaded.id, formatId);
      await writeAllAtomically([{ path: at(name), write: video }]);
      return { manifest: null, files: [at(name)] };
    }
    const names = { ...outputNames(loaded.id, formatId), ...sidecarNames(loaded.id, formatId) };
    // Every file goes to a temporary name first and all are renamed together at the end, so a
    // failed or interrupted render leaves the earlier outputs as they were.
    await writeAllAtomically([
      { path: at(names.video), write: video },
      { path: at(names.srt), write: (temporary) => writeFile(temporary, toSrt(cues, timeline.fps)) },
      { path: at(names.vtt), write: (temporary) => writeFile(temporary, toVtt(cues, timeline.fps)) },
      {
        path: at(names.poster),
        write: (temporary) => writePoster({ composition, context, inputProps, framesDir, frame: posterFrame(timeline), painted: plan.paint, output: temporary }),
      },
    ]);
    const manifest: FormatManifest = {
      inputHash: await inputHash(loaded, formatId, job.fit),
      width: format.width,
      height: format.height,
      outputs: { video: names.video, srt: names.srt, vtt: names.vtt, poster: names.poster },
      renderSeconds: Number(((performance.now() - started) / 1000).toFixed(2)),
      warnings,
      cues,
      stillRanges: still,
      paintedFrames: plan.paint.length,
      ...timings,
    };
    return { manifest, files: [at(names.video), at(names.srt), at(names.vtt), at(names.poster)] };
  } finally {
    process.off('exit', removeFrames);
    await rm(framesDir, { recursive: true, force: true });
  }
}

/** Share of a render's wall time spent painting; encoding runs beside it and finishes after. */
const PAINT_SHARE = 0.9;

/**
 * Turns painting and encoding counts into "output frames done" for the progress bar, weighting
 * each step by the time it takes, so fps and ETA mean what an editor expects.
 */
export function progressOf(paintTotal: number, outputFrames: number, report: (renderedFrames: number) => void) {
  let painted = 0;
  let encoded = 0;
  const update = () => {
    const fraction = PAINT_SHARE * (paintTotal === 0 ? 1 : painted / paintTotal) + (1 - PAINT_SHARE) * (encoded / outputFrames);
    report(Math.min(outputFrames, Math.floor(fraction * outputFrames + 1e-9)));
  };
  return {
    painted: (count: number) => {
      painted = Math.min(count, paintTotal);
      update();
    },
    encoded: (count: number) => {
      encoded = Math.min(count, outputFrames);
      update();
    },
  };
}

/** The sound files of a story as absolute paths, for ffmpeg to mix. */
function soundFiles(sound: FormatContext['sound'], publicDir: string, story: LoadedStory['story']) {
  return {
    voiceover: sound.voiceover ? path.resolve(publicDir, sound.voiceover) : null,
    music: sound.music ? path.resolve(publicDir, sound.music) : null,
    musicVolume: story.music?.volume ?? DEFAULT_MUSIC_VOLUME,
  };
}

type Composition = Awaited<ReturnType<typeof selectComposition>>;

/** Paints the frames the plan needs, each once, then encodes the video from them. */
async function paintAndEncode(options: {
  composition: Composition;
  context: RenderContext;
  inputProps: NewsVideoProps;
  plan: ReturnType<typeof planFrames>;
  framesDir: string;
  output: string;
  draft: boolean;
  fps: number;
  sound: ReturnType<typeof soundFiles>;
  progress: ReturnType<typeof progressOf>;
  /** Filled in: seconds spent painting, and encoding after the last frame was painted. */
  timings: { paintSeconds: number; encodeSeconds: number };
}): Promise<void> {
  const { context, plan } = options;
  const started = performance.now();
  const encoder = new StreamingEncoder({
    framesDir: options.framesDir,
    plan,
    fps: options.fps,
    sound: options.sound,
    cancelSignal: context.cancelSignal,
    onProgress: options.progress.encoded,
  });
  try {
    await paintFrames({
      composition: options.composition,
      serveUrl: context.serveUrl,
      inputProps: options.inputProps as unknown as Record<string, unknown>,
      browser: context.browser,
      frames: plan.paint,
      framesDir: options.framesDir,
      scale: options.draft ? DRAFT_SCALE : 1,
      concurrency: context.concurrency ?? os.availableParallelism(),
      cancelSignal: context.cancelSignal,
      onFramePainted: (count, frame) => {
        options.progress.painted(count);
        encoder.framePainted(frame);
      },
    });
  } catch (error) {
    // ffmpeg must be gone before the frames folder is removed.
    await encoder.abort();
    throw error;
  }
  const painted = performance.now();
  await encoder.finish(options.output);
  options.timings.paintSeconds = Number(((painted - started) / 1000).toFixed(2));
  options.timings.encodeSeconds = Number(((performance.now() - painted) / 1000).toFixed(2));
}

/**
 * The poster: the painted frame of the open at rest, re-encoded by sharp; painted anew only if
 * the plan did not paint that frame.
 */
async function writePoster(options: {
  composition: Composition;
  context: RenderContext;
  inputProps: NewsVideoProps;
  framesDir: string;
  frame: number;
  painted: readonly number[];
  output: string;
}): Promise<void> {
  if (options.painted.includes(options.frame)) {
    await sharp(path.join(options.framesDir, frameFile(options.frame))).jpeg({ quality: 88, mozjpeg: true }).toFile(options.output);
    return;
  }
  await renderPoster({
    composition: options.composition,
    serveUrl: options.context.serveUrl,
    inputProps: options.inputProps,
    browser: options.context.browser,
    frame: options.frame,
    output: options.output,
  });
}

/** A composition's props for a story in a format: its pictures prepared into `publicDir`, its sound as prepared. */
export async function formatProps(loaded: LoadedStory, formatId: FormatId, publicDir: string, sound: Awaited<ReturnType<typeof prepareSound>>, fit: boolean): Promise<NewsVideoProps> {
  const visuals = await prepareVisuals(loaded, formatId, publicDir);
  return { story: loaded.story, media: { ...visuals, ...sound }, fit };
}

/**
 * The pictures of a story in a format, prepared with sharp: the photo (or, without one, a
 * branded background) and, when the story sets no theme, an accent taken from the photo.
 */
export async function prepareVisuals(loaded: LoadedStory, formatId: FormatId, publicDir: string): Promise<{ backdrop: string; accent: string | null; logo: string | null }> {
  const format = FORMATS[formatId];
  const theme = loaded.story.theme ?? DEFAULT_THEME;
  const image = loaded.story.image;
  const roots = [PUBLIC_DIR, ...loaded.allowedRoots];
  return forStory(loaded, async () => {
    const logo = theme.logo ? await prepareLogo({ src: theme.logo, storyDir: loaded.dir, publicDir, allowedRoots: roots }) : null;
    if (!image) return { backdrop: await prepareBrandBackdrop({ format, theme, publicDir }), accent: null, logo };
    const accent = loaded.story.theme ? null : await photoAccent(image, loaded.dir, theme, roots);
    const backdrop = await prepareBackdrop({ image, storyDir: loaded.dir, format, theme: accent ? { ...theme, colors: { ...theme.colors, accent } } : theme, publicDir, allowedRoots: roots });
    return { backdrop, accent, logo };
  });
}

/** A story's manifest as written by {@link renderStory}, or null when there is none (or it is unreadable). */
export async function readManifest(manifestPath: string): Promise<{ formats: Partial<Record<FormatId, FormatManifest>> } | null> {
  try {
    return JSON.parse(await readFile(manifestPath, 'utf8')) as { formats: Partial<Record<FormatId, FormatManifest>> };
  } catch {
    return null;
  }
}

/** The poster shows the open once its entrance is over: headline, kicker and photo at rest. */
export function posterFrame(timeline: Timeline): number {
  const open = timeline.segments[0]!;
  return open.motion.find((range) => !range.moving)?.startFrame ?? open.startFrame + open.durationInFrames - 1;
}

/** A still of the composition, through sharp to a JPEG. */
async function renderPoster(options: {
  composition: Awaited<ReturnType<typeof selectComposition>>;
  serveUrl: string;
  inputProps: NewsVideoProps;
  browser: Browser;
  frame: number;
  output: string;
}): Promise<void> {
  const { buffer } = await renderStill({
    composition: options.composition,
    serveUrl: options.serveUrl,
    inputProps: options.inputProps,
    puppeteerInstance: options.browser,
    frame: options.frame,
    imageFormat: 'png',
    output: null,
    logLevel: 'error',
  });
  if (!buffer) throw new RenderFailure('the poster still came back empty');
  await sharp(buffer).jpeg({ quality: 88, mozjpeg: true }).toFile(options.output);
}
