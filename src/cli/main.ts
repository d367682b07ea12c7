import { constants } from 'node:fs';
import { access, stat, writeFile } from 'node:fs/promises';
import { ensureDir } from '../render/atomic';
import { makeCancelSignal } from '@remotion/renderer';
import { buildCues } from '../captions/build';
import { FORMATS } from '../formats/formats';
import { writeSidecars } from '../render/sidecars';
import { captionLimits } from '../scenes/layout';
import { allowing, formatProblem, loadStory, type LoadedStory } from '../story/load';
import { applyThemeFile, loadThemeFile, type ThemeFile } from '../theme/load';
import type { Problem } from '../story/problems';
import { chooseBrowser, launchBrowser, type Browser } from '../render/browser';
import { getBundle } from '../render/bundle';
import { EXIT_BAD_INPUT, EXIT_OK, EXIT_RENDER_FAILED, InputError, RenderFailure } from '../render/errors';
import { createReporter, type ProgressEvent } from '../render/progress';
import { TOOL_VERSION } from '../render/project';
import { prepareStory, renderStory } from '../render/render-story';
import { parseCommand, USAGE, type BatchCommand, type CaptionsCommand, type RenderCommand, type StudioCommand, type ValidateCommand, type DraftCommand } from './args';
import { readArticleFile } from './draft';
import { draftReport, draftStory } from '../draft/draft';
import { writeAtomically } from '../render/atomic';
import { runStudio, studioStory } from './studio';
import { runBatch } from '../batch/run';

export type Io = {
  readonly stdout: NodeJS.WritableStream & { isTTY?: boolean };
  readonly stderr: NodeJS.WritableStream & { isTTY?: boolean };
};

const defaultIo: Io = { stdout: process.stdout, stderr: process.stderr };

/** Runs the CLI; returns the exit code rather than exiting, so tests and scripts can call it. */
export async function main(argv: readonly string[], io: Io = defaultIo): Promise<number> {
  const verbose = argv.includes('--verbose');
  try {
    const command = parseCommand(argv);
    switch (command.command) {
      case 'help':
        io.stdout.write(`${USAGE}\n`);
        return EXIT_OK;
      case 'version':
        io.stdout.write(`news60 ${TOOL_VERSION}\n`);
        return EXIT_OK;
      case 'validate':
        return await validate(command, io);
      case 'render':
        return await render(command, io);
      case 'captions':
        return await captions(command, io);
      case 'batch':
        return await batch(command, io);
      case 'studio':
        return await studio(command, io);
      case 'draft':
        return await draft(command, io);
    }
  } catch (error) {
    if (error instanceof InputError) {
      io.stderr.write(`news60: ${error.message}\n${verbose ? `${stackOf(error)}\n` : ''}`);
      return EXIT_BAD_INPUT;
    }
    // A render failure is explained by its message; anything else is a bug, so show where.
    io.stderr.write(`news60: ${error instanceof RenderFailure && !verbose ? error.message : stackOf(error)}\n`);
    return EXIT_RENDER_FAILED;
  }
}

/** Where an error happened, for --verbose and for bugs. */
const stackOf = (error: unknown): string => (error instanceof Error ? (error.stack ?? error.message) : String(error));

/** Loads and plans every story; all problems of all files are collected before any render. */
async function loadAll(files: readonly string[], themePath?: string, allowPaths: readonly string[] = []): Promise<{ stories: LoadedStory[]; problems: Problem[] }> {
  const stories: LoadedStory[] = [];
  const problems: Problem[] = [];
  let themeFile: ThemeFile | null = null;
  if (themePath) {
    const theme = await loadThemeFile(themePath);
    // Without its house theme no story is what the editor meant: stop at the theme's problems.
    if (!theme.ok) return { stories: [], problems: theme.problems };
    themeFile = theme.themeFile;
  }
  for (const file of files) {
    const result = await loadStory(file);
    if (!result.ok) {
      problems.push(...result.problems);
      continue;
    }
    stories.push(allowing(applyThemeFile(result.loaded, themeFile), allowPaths));
  }
  return { stories, problems };
}

async function validate(command: ValidateCommand, io: Io): Promise<number> {
  const { stories, problems } = await loadAll(command.stories, command.theme, command.allowPaths);
  for (const loaded of stories) {
    try {
      await prepareStory(loaded, command.fit);
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      const prefix = `${loaded.file}: `;
      problems.push({ file: loaded.file, path: '', message: error.message.startsWith(prefix) ? error.message.slice(prefix.length) : error.message });
    }
  }
  const bad = new Set(problems.map((problem) => problem.file));
  if (command.json) {
    const results = command.stories.map((file) => ({ file, ok: !bad.has(file), problems: problems.filter((problem) => problem.file === file) }));
    io.stdout.write(`${JSON.stringify({ ok: problems.length === 0, results })}\n`);
  } else {
    for (const problem of problems) io.stderr.write(`${formatProblem(problem)}\n`);
    for (const loaded of stories.filter((story) => !bad.has(story.file))) io.stdout.write(`ok ${loaded.file} (${loaded.id})\n`);
  }
  return problems.length === 0 ? EXIT_OK : EXIT_BAD_INPUT;
}

async function render(command: RenderCommand, io: Io): Promise<number> {
  const { stories, problems } = await loadAll(command.stories, command.theme, command.allowPaths);
  if (problems.length > 0) {
    for (const problem of problems) io.stderr.write(`${formatProblem(problem)}\n`);
    return EXIT_BAD_INPUT;
  }
  // Every story's media, transcript and fit are checked before the first frame is rendered.
  for (const loaded of stories) await prepareStory(loaded, command.fit);
  await checkOutDir(command.outDir);

  const report = createReporter(command.json ? 'json' : io.stderr.isTTY ? 'bar' : 'lines', command.json ? io.stdout : io.stderr);
  // Ours before the browser's own: Remotion ends the process on Ctrl-C as soon as its handler runs.
  const { cancelSignal, cancel } = makeCancelSignal();
  let interrupted = false;
  const onSignal = (signal: NodeJS.Signals) => {
    if (!interrupted) io.stderr.write(`\nnews60: ${signal === 'SIGINT' ? 'interrupted' : 'stopped'}; stopping the browser and ffmpeg, earlier outputs are left as they were\n`);
    interrupted = true;
    cancel();
  };
  // `on`, not `once`: execa's exit hook re-raises a signal that no other listener is left to handle.
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  const bundleStart = performance.now();
  const bundle = await getBundle();
  report({ type: 'bundle', reused: bundle.reused, seconds: (performance.now() - bundleStart) / 1000 });
  const choice = chooseBrowser(command.browser);
  const browser: Browser = await launchBrowser(choice);
  report({ type: 'browser', executable: choice.executable, from: choice.from });

  let failed = 0;
  try {
    for (const loaded of stories) {
      if (interrupted) break;
      const formats = command.formats.join(',');
      try {
        const result = await renderStory(
          { loaded, formats: command.formats, outDir: command.outDir, fit: command.fit, draft: command.draft },
          { serveUrl: bundle.serveUrl, browser, report, concurrency: command.concurrency, cancelSignal },
        );
        report({ type: 'finished', story: loaded.id, format: formats, outputs: result.outputs, seconds: result.seconds, warnings: result.warnings });
      } catch (error) {
        failed += 1;
        const input = error instanceof InputError;
        const event: ProgressEvent = {
          type: 'failed',
          story: loaded.id,
          format: formats,
          error: interrupted ? 'interrupted' : (error as Error).message,
          exitCode: input ? EXIT_BAD_INPUT : EXIT_RENDER_FAILED,
        };
        report(event);
        if (!command.json) io.stderr.write(`news60: ${loaded.file}: ${event.error}\n${command.verbose ? `${stackOf(error)}\n` : ''}`);
        if (input) return EXIT_BAD_INPUT;
      }
    }
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    await browser.close({ silent: true }).catch(() => undefined);
  }
  return failed > 0 || interrupted ? EXIT_RENDER_FAILED : EXIT_OK;
}

/** Sidecar captions only: the same cues as a render would burn in, without a browser. */
async function captions(command: CaptionsCommand, io: Io): Promise<number> {
  const { stories, problems } = await loadAll([command.story], command.theme, command.allowPaths);
  const loaded = stories[0];
  if (!loaded) {
    for (const problem of problems) io.stderr.write(`${formatProblem(problem)}\n`);
    return EXIT_BAD_INPUT;
  }
  const { transcript, timeline } = await prepareStory(loaded, command.fit);
  await checkOutDir(command.outDir);
  for (const format of command.formats) {
    const cues = buildCues(loaded.story, timeline, captionLimits(FORMATS[format]), transcript);
    for (const file of await writeSidecars(command.outDir, loaded.id, format, cues, timeline.fps)) io.stdout.write(`${file}\n`);
  }
  for (const warning of timeline.warnings) io.stderr.write(`warning: ${warning}\n`);
  return EXIT_OK;
}

/** `--out` must be a folder news60 can write to; it is made if missing. */
async function checkOutDir(outDir: string): Promise<void> {
  try {
    await ensureDir(outDir);
    await access(outDir, constants.W_OK);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === 'EEXIST' || code === 'ENOTDIR' ? 'is a file, not a folder' : code === 'EACCES' || code === 'EPERM' || code === 'EROFS' ? 'cannot be written to' : `cannot be made (${code})`;
    throw new InputError(`--out ${outDir} ${why}; choose another folder`);
  }
}

/** The daily batch: see src/batch/run.ts. Exit 1 when any story failed, 0 otherwise. */
async function batch(command: BatchCommand, io: Io): Promise<number> {
  let themeFile: ThemeFile | null = null;
  if (command.theme) {
    const theme = await loadThemeFile(command.theme);
    if (!theme.ok) {
      for (const problem of theme.problems) io.stderr.write(`${formatProblem(problem)}\n`);
      return EXIT_BAD_INPUT;
    }
    themeFile = theme.themeFile;
  }
  try {
    if (!(await stat(command.dir)).isDirectory()) throw new Error('not a folder');
  } catch {
    throw new InputError(`batch: ${command.dir} is not a folder of story files`);
  }
  if (!command.dryRun) await checkOutDir(command.outDir);
  const report = createReporter(command.json ? 'json' : io.stderr.isTTY ? 'bar' : 'lines', command.json ? io.stdout : io.stderr);
  const { cancelSignal, cancel } = makeCancelSignal();
  process.on('SIGINT', cancel);
  process.on('SIGTERM', cancel);
  try {
    const result = await runBatch({ ...command, themeFile, report, cancelSignal });
    const summaryStream = command.json ? io.stderr : io.stdout;
    for (const story of result.stories) {
      if (command.dryRun) {
        const what = story.status === 'would-render' ? `render ${story.formats.join(',')}` : story.status === 'skipped' ? 'skip (up to date)' : 'invalid';
        summaryStream.write(`${what.padEnd(24)} ${story.file}${story.error ? `\n  ${story.error.split('\n').join('\n  ')}` : ''}\n`);
      } else if (story.status === 'failed') {
        io.stderr.write(`failed: ${story.file}\n  ${(story.error ?? '').split('\n').join('\n  ')}\n`);
      }
    }
    const { rendered, skipped, failed } = result.counts;
    const where = command.dryRun ? 'dry run, nothing written' : `report: ${command.outDir}/batch-report.json, ${command.outDir}/batch-junit.xml`;
    summaryStream.write(`news60 batch: ${rendered} rendered, ${skipped} skipped, ${failed} failed, ${result.stories.length} stories in ${result.seconds.toFixed(1)} s (${where})\n`);
    return failed > 0 ? EXIT_RENDER_FAILED : EXIT_OK;
  } finally {
    process.off('SIGINT', cancel);
    process.off('SIGTERM', cancel);
  }
}

/** Remotion Studio with the samples and fixtures, and the story given (its media prepared first). */
async function studio(command: StudioCommand, io: Io): Promise<number> {
  let story = null;
  if (command.story) {
    const { stories, problems } = await loadAll([command.story], command.theme, command.allowPaths);
    if (problems.length > 0 || !stories[0]) {
      for (const problem of problems) io.stderr.write(`${formatProblem(problem)}\n`);
      return EXIT_BAD_INPUT;
    }
    story = await studioStory(stories[0], command.fit);
    io.stderr.write(`news60: opening ${command.story} in Studio, under Story (story-vertical, story-portrait, story-square, story-landscape)\n`);
  }
  return runStudio({ story, port: command.port, noOpen: command.noOpen });
}

/** A first story file from an article; the report of what was found goes to stderr. */
async function draft(command: DraftCommand, io: Io): Promise<number> {
  const page = await readArticleFile(command.article);
  let result;
  try {
    result = draftStory(page, { source: command.source, photo: command.photo });
  } catch (error) {
    throw new InputError(`${command.article}: ${(error as Error).message}`);
  }
  const json = `${JSON.stringify(result.story, null, 2)}\n`;
  io.stderr.write(draftReport(command.article, result));
  if (command.out) {
    await writeAtomically(command.out, (temporary) => writeFile(temporary, json));
    io.stderr.write(`written to ${command.out}\n`);
  } else {
    io.stdout.write(json);
  }
  return EXIT_OK;
}
