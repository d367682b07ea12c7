import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { CancelSignal } from '@remotion/renderer';
import type { FormatId } from '../formats/formats';
import { ensureDir, writeAllAtomically } from '../render/atomic';
import { chooseBrowser, launchBrowser } from '../render/browser';
import { getBundle } from '../render/bundle';
import { InputError } from '../render/errors';
import type { ProgressEvent } from '../render/progress';
import { prepareStory, readManifest, renderStory } from '../render/render-story';
import { allowing, formatProblem, loadStory, type LoadedStory } from '../story/load';
import { applyThemeFile, type ThemeFile } from '../theme/load';
import { findStoryFiles } from './find';
import { inputHash } from './input-hash';
import { inShard, type Shard } from './shard';
import { junitXml } from './junit';

export type BatchOptions = {
  readonly dir: string;
  readonly outDir: string;
  readonly formats: readonly FormatId[];
  readonly shard?: Shard;
  /** Stories rendered at once, sharing the one browser. */
  readonly jobs: number;
  readonly dryRun: boolean;
  readonly force: boolean;
  readonly fit: boolean;
  readonly themeFile: ThemeFile | null;
  /** Folders outside a story's own that its media may come from (--allow-path). */
  readonly allowPaths?: readonly string[];
  readonly browser?: string;
  readonly report: (event: ProgressEvent) => void;
  readonly cancelSignal?: CancelSignal;
};

/** One story's line in the report. */
export type StoryReport = {
  readonly file: string;
  readonly id: string | null;
  /** `would-render` only in a dry run. */
  readonly status: 'rendered' | 'skipped' | 'failed' | 'would-render';
  readonly formats: readonly FormatId[];
  /** Files written (rendered) or already up to date (skipped), relative to the output folder. */
  readonly outputs: readonly string[];
  readonly seconds: number;
  readonly warnings: readonly string[];
  readonly error?: string;
};

export type BatchReport = {
  readonly tool: 'news60';
  readonly dir: string;
  readonly shard: string | null;
  readonly formats: readonly FormatId[];
  readonly stories: readonly StoryReport[];
  readonly counts: { readonly rendered: number; readonly skipped: number; readonly failed: number };
  readonly seconds: number;
};

/** A story that passed validation, and which of its formats need rendering. */
type Planned = { readonly loaded: LoadedStory; readonly toRender: FormatId[]; readonly upToDate: FormatId[] };

/** Formats of a story whose outputs are all on disk and were made from the same inputs. */
async function upToDateFormats(loaded: LoadedStory, options: Pick<BatchOptions, 'outDir' | 'formats' | 'fit'>): Promise<FormatId[]> {
  const manifest = await readManifest(path.join(options.outDir, `${loaded.id}.manifest.json`));
  const fresh: FormatId[] = [];
  for (const format of options.formats) {
    const entry = manifest?.formats[format];
    if (!entry || entry.inputHash !== (await inputHash(loaded, format, options.fit))) continue;
    if (Object.values(entry.outputs).every((name) => existsSync(path.join(options.outDir, name)))) fresh.push(format);
  }
  return fresh;
}

const outputsOf = (id: string, formats: readonly FormatId[]) => [
  ...formats.flatMap((format) => ['mp4', 'srt', 'vtt', 'jpg'].map((extension) => `${id}-${format}.${extension}`)),
  `${id}.manifest.json`,
];

/**
 * The daily batch: finds the stories, validates all of them first, then bundles once, opens one
 * browser and renders every story and format that is not up to date. A story that fails is
 * reported and the others go on. Writes batch-report.json and batch-junit.xml.
 */
export async function runBatch(options: BatchOptions): Promise<BatchReport> {
  const started = performance.now();
  const all = await findStoryFiles(options.dir);
  const files = options.shard ? all.filter((file) => inShard(path.relative(options.dir, file), options.shard!)) : all;
  const reports = new Map<string, StoryReport>();
  const planned: Planned[] = [];
  const ids = new Map<string, string>();

  for (const file of files) {
    const failed = (error: string, id: string | null = null) => reports.set(file, { file, id, status: 'failed', formats: options.formats, outputs: [], seconds: 0, warnings: [], error });
    const result = await loadStory(file);
    if (!result.ok) {
      failed(result.problems.map(formatProblem).join('\n'));
      continue;
    }
    const loaded = allowing(applyThemeFile(result.loaded, options.themeFile), options.allowPaths ?? []);
    if (ids.has(loaded.id)) {
      failed(`${file}: id "${loaded.id}" is also the id of ${ids.get(loaded.id)}; their outputs would overwrite each other`, loaded.id);
      continue;
    }
    ids.set(loaded.id, file);
    try {
      await prepareStory(loaded, options.fit);
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      failed(error.message, loaded.id);
      continue;
    }
    const upToDate = options.force ? [] : await upToDateFormats(loaded, options);
    planned.push({ loaded, upToDate, toRender: options.formats.filter((format) => !upToDate.includes(format)) });
  }

  for (const { loaded, toRender, upToDate } of planned) {
    if (toRender.length === 0) {
      reports.set(loaded.file, { file: loaded.file, id: loaded.id, status: 'skipped', formats: upToDate, outputs: outputsOf(loaded.id, upToDate), seconds: 0, warnings: [] });
    }
  }
  const work = planned.filter((item) => item.toRender.length > 0);

  if (!options.dryRun && work.length > 0) {
    await ensureDir(options.outDir);
    const bundleStart = performance.now();
    const bundle = await getBundle();
    options.report({ type: 'bundle', reused: bundle.reused, seconds: (performance.now() - bundleStart) / 1000 });
    const choice = chooseBrowser(options.browser);
    const browser = await launchBrowser(choice);
    options.report({ type: 'browser', executable: choice.executable, from: choice.from });
    const concurrency = Math.max(1, Math.floor(os.availableParallelism() / options.jobs));
    try {
      const queue = [...work];
      const worker = async () => {
        for (let item = queue.shift(); item; item = queue.shift()) {
          const { loaded, toRender } = item;
          const storyStart = performance.now();
          try {
            const result = await renderStory(
              { loaded, formats: toRender, outDir: options.outDir, fit: options.fit },
              { serveUrl: bundle.serveUrl, browser, report: options.report, concurrency, cancelSignal: options.cancelSignal },
            );
            options.report({ type: 'finished', story: loaded.id, format: toRender.join(','), outputs: result.outputs, seconds: result.seconds, warnings: result.warnings });
            const outputs = result.outputs.map((output) => path.relative(options.outDir, output));
            reports.set(loaded.file, { file: loaded.file, id: loaded.id, status: 'rendered', formats: toRender, outputs, seconds: result.seconds, warnings: result.warnings });
          } catch (error) {
            const message = (error as Error).message;
            options.report({ type: 'failed', story: loaded.id, format: toRender.join(','), error: message, exitCode: error instanceof InputError ? 2 : 1 });
            reports.set(loaded.file, { file: loaded.file, id: loaded.id, status: 'failed', formats: toRender, outputs: [], seconds: (performance.now() - storyStart) / 1000, warnings: [], error: message });
          }
        }
      };
      await Promise.all(Array.from({ length: Math.min(options.jobs, work.length) }, worker));
    } finally {
      await browser.close({ silent: true }).catch(() => undefined);
    }
  }

  const stories = files.map((file) => reports.get(file) ?? { file, id: null, status: 'would-render' as const, formats: [], outputs: [], seconds: 0, warnings: [] });
  const count = (status: StoryReport['status']) => stories.filter((story) => story.status === status).length;
  const report: BatchReport = {
    tool: 'news60',
    dir: options.dir,
    shard: options.shard ? `${options.shard.index}/${options.shard.count}` : null,
    formats: options.formats,
    stories: options.dryRun ? stories.map((story) => planStatus(story, planned)) : stories,
    counts: { rendered: count('rendered'), skipped: count('skipped'), failed: count('failed') },
    seconds: Number(((performance.now() - started) / 1000).toFixed(2)),
  };
  if (!options.dryRun) {
    await ensureDir(options.outDir);
    await writeAllAtomically([
      { path: path.join(options.outDir, 'batch-report.json'), write: (temporary) => writeFile(temporary, `${JSON.stringify(report, null, 2)}\n`) },
      { path: path.join(options.outDir, 'batch-junit.xml'), write: (temporary) => writeFile(temporary, junitXml(report)) },
    ]);
  }
  return report;
}

/** In a dry run, what would happen to each story. */
function planStatus(story: StoryReport, planned: readonly Planned[]): StoryReport {
  const plan = planned.find((item) => item.loaded.file === story.file);
  if (!plan || story.status === 'failed') return story;
  return plan.toRender.length > 0
    ? { ...story, status: 'would-render', formats: plan.toRender, error: undefined, outputs: outputsOf(plan.loaded.id, plan.toRender) }
    : story;
}
