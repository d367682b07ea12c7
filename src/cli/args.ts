import { parseArgs } from 'node:util';
import { FORMAT_IDS, type FormatId } from '../formats/formats';
import { parseShard } from '../batch/shard';
import type { BatchOptions } from '../batch/run';
import { InputError } from '../render/errors';

export type RenderCommand = {
  readonly command: 'render';
  readonly stories: readonly string[];
  readonly outDir: string;
  readonly formats: readonly FormatId[];
  readonly fit: boolean;
  /** Half size, half frame rate, written as `<id>-<format>.draft.mp4`. */
  readonly draft: boolean;
  readonly concurrency?: number;
  readonly browser?: string;
  readonly theme?: string;
  readonly json: boolean;
  /** Folders outside a story's own that its media may come from. */
  readonly allowPaths: readonly string[];
  /** Print the stack with an error. */
  readonly verbose?: boolean;
};

export type CaptionsCommand = {
  readonly command: 'captions';
  readonly story: string;
  readonly outDir: string;
  readonly formats: readonly FormatId[];
  readonly fit: boolean;
  readonly theme?: string;
  readonly allowPaths: readonly string[];
};

/** The batch's options as given on the command line (src/batch/run.ts says what each does). */
export type BatchCommand = Pick<BatchOptions, 'dir' | 'outDir' | 'formats' | 'shard' | 'jobs' | 'dryRun' | 'force' | 'fit' | 'browser'> & {
  readonly command: 'batch';
  readonly theme?: string;
  readonly json: boolean;
  readonly allowPaths: readonly string[];
};

export type ValidateCommand = {
  readonly command: 'validate';
  readonly stories: readonly string[];
  readonly fit: boolean;
  readonly theme?: string;
  readonly json: boolean;
  readonly allowPaths: readonly string[];
};
export type StudioCommand = {
  readonly command: 'studio';
  /** A story to open beside the samples and fixtures. */
  readonly story?: string;
  readonly port?: number;
  /** Do not open a browser (for scripts and tests). */
  readonly noOpen: boolean;
  readonly fit: boolean;
  readonly theme?: string;
  readonly allowPaths: readonly string[];
};
export type DraftCommand = {
  readonly command: 'draft';
  /** A plain-text or HTML file, or an http(s) URL. */
  readonly article: string;
  /** Where to write the story; standard output when absent. */
  readonly out?: string;
  readonly source?: string;
  /** A photo for the story (its credit comes from the article's caption). */
  readonly photo?: string;
};
export type HelpCommand = { readonly command: 'help' };
export type VersionCommand = { readonly command: 'version' };
export type Command = RenderCommand | CaptionsCommand | BatchCommand | ValidateCommand | StudioCommand | DraftCommand | HelpCommand | VersionCommand;

export const USAGE = `news60: a news story file → a 60-second social video with captions

Usage:
  news60 render <story.json…> [--out DIR] [--format LIST|all] [--draft] [--fit]
                [--theme FILE] [--allow-path DIR] [--concurrency N] [--browser PATH]
                [--json] [--verbose]
  news60 captions <story.json> [--out DIR] [--format LIST|all] [--fit] [--allow-path DIR]
  news60 batch <dir> --out DIR [--format LIST|all] [--shard I/N] [--jobs N]
               [--dry-run] [--force] [--fit] [--theme FILE] [--allow-path DIR] [--json]
  news60 validate <story.json…> [--fit] [--allow-path DIR] [--json]
  news60 studio [story.json] [--port N] [--no-open] [--fit] [--allow-path DIR]
  news60 draft <article.txt|.html|URL> [--out story.json] [--source NAME] [--photo FILE]
  news60 --help | --version

Options:
  --out DIR          where videos, captions and manifests go (default: out)
  --format LIST      formats to render: ${FORMAT_IDS.join(', ')} or all (default: vertical)
  --draft            a quick look: half size at 15 fps, written as <id>-<format>.draft.mp4
                     (the full-quality outputs and the manifest are left as they are)
  --fit              drop the last figures, then the last quotes, when the text does not fit
  --concurrency N    browser tabs rendering at once (default: number of cores)
  --browser PATH     Chrome or Chromium to use (default: $NEWS60_BROWSER, then the system Chromium)
  --theme FILE       house theme (JSON) for every story that sets none of its own
  --allow-path DIR   media may also come from DIR (by default only from the story's own folder);
                     repeat for more folders
  --verbose          with an error, also print where in the code it happened
  --json             one JSON event per line on stdout instead of a progress bar

captions writes only the .srt and .vtt files (fast, no browser).
studio opens Remotion Studio with the samples and fixtures, and the story given, in every format.
draft writes a first story file from an article (what it found, and why, goes to stderr).
batch renders every story in a folder, skipping those whose outputs are up to date (--force
renders all), and writes batch-report.json and batch-junit.xml; --shard 2/4 takes a stable
quarter of the stories; --dry-run prints the plan; --jobs N renders N stories at once.

Exit codes: 0 success, 1 a render failed, 2 bad input or usage.

Examples:
  news60 render assets/stories/kremlin-rejects-biden-terms.json --out out
  news60 validate stories/*.json`;

export function parseFormats(value: string): FormatId[] {
  const names = value === 'all' ? [...FORMAT_IDS] : value.split(',').map((name) => name.trim()).filter(Boolean);
  if (names.length === 0) throw new InputError('--format: give at least one format');
  for (const name of names) {
    if (!FORMAT_IDS.includes(name as FormatId)) throw new InputError(`--format: unknown format "${name}"; use ${FORMAT_IDS.join(', ')} or all`);
  }
  return [...new Set(names as FormatId[])];
}

function parsePositiveInteger(flag: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const number = Number(value);
  if (!Number.isInteger(number) || number < 1) throw new InputError(`${flag}: expected a whole number of at least 1, got "${value}"`);
  return number;
}

/** argv (without node and the script) → a command. Throws {@link InputError} for bad usage. */
export function parseCommand(argv: readonly string[]): Command {
  const [command, ...rest] = argv;
  if (command === undefined || command === '--help' || command === '-h' || command === 'help') return { command: 'help' };
  if (command === '--version' || command === '-v') return { command: 'version' };
  let parsed;
  try {
    parsed = parseArgs({
      args: [...rest],
      allowPositionals: true,
      strict: true,
      options: {
        out: { type: 'string' },
        format: { type: 'string' },
        fit: { type: 'boolean' },
        draft: { type: 'boolean' },
        concurrency: { type: 'string' },
        browser: { type: 'string' },
        theme: { type: 'string' },
        json: { type: 'boolean' },
        shard: { type: 'string' },
        jobs: { type: 'string' },
        'dry-run': { type: 'boolean' },
        force: { type: 'boolean' },
        'allow-path': { type: 'string', multiple: true },
        verbose: { type: 'boolean' },
        port: { type: 'string' },
        source: { type: 'string' },
        photo: { type: 'string' },
        'no-open': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    throw new InputError(`${(error as Error).message.replace(/\. To specify.*$/s, '')}; see news60 --help`);
  }
  const { values, positionals } = parsed;
  if (values.help) return { command: 'help' };
  const allowPaths = values['allow-path'] ?? [];
  switch (command) {
    case 'render':
      if (positionals.length === 0) throw new InputError('render: give at least one story file, e.g. news60 render story.json');
      return {
        command: 'render',
        stories: positionals,
        outDir: values.out ?? 'out',
        formats: parseFormats(values.format ?? 'vertical'),
        fit: values.fit ?? false,
        draft: values.draft ?? false,
        concurrency: parsePositiveInteger('--concurrency', values.concurrency),
        browser: values.browser,
        theme: values.theme,
        json: values.json ?? false,
        allowPaths,
        verbose: values.verbose ?? false,
      };
    case 'captions': {
      const renderOnly = (['concurrency', 'browser', 'json', 'draft'] as const).filter((flag) => values[flag] !== undefined);
      if (renderOnly.length > 0) throw new InputError(`captions: --${renderOnly[0]} belongs to render`);
      if (positionals.length !== 1) throw new InputError('captions: give exactly one story file, e.g. news60 captions story.json --out out');
      return { command: 'captions', story: positionals[0]!, outDir: values.out ?? 'out', formats: parseFormats(values.format ?? 'vertical'), fit: values.fit ?? false, theme: values.theme, allowPaths };
    }
    case 'batch': {
      if (values.draft) throw new InputError('batch: --draft belongs to render (a batch delivers full-quality videos)');
      if (positionals.length !== 1) throw new InputError('batch: give exactly one folder of story files, e.g. news60 batch stories --out out');
      if (!values.out) throw new InputError('batch: --out DIR is required (where the videos and the report go)');
      const shard = values.shard === undefined ? undefined : parseShard(values.shard);
      if (shard === null) throw new InputError(`--shard: expected I/N with 1 ≤ I ≤ N, e.g. 2/4, got "${values.shard}"`);
      return {
        command: 'batch',
        dir: positionals[0]!,
        outDir: values.out,
        formats: parseFormats(values.format ?? 'vertical'),
        shard,
        jobs: parsePositiveInteger('--jobs', values.jobs) ?? 1,
        dryRun: values['dry-run'] ?? false,
        force: values.force ?? false,
        fit: values.fit ?? false,
        theme: values.theme,
        browser: values.browser,
        json: values.json ?? false,
        allowPaths,
      };
    }
    case 'validate': {
      const renderOnly = (['out', 'format', 'concurrency', 'browser', 'draft'] as const).filter((flag) => values[flag] !== undefined);
      if (renderOnly.length > 0) throw new InputError(`validate: --${renderOnly[0]} belongs to render`);
      if (positionals.length === 0) throw new InputError('validate: give at least one story file');
      return { command: 'validate', stories: positionals, fit: values.fit ?? false, theme: values.theme, json: values.json ?? false, allowPaths };
    }
    case 'draft': {
      if (positionals.length !== 1) throw new InputError('draft: give exactly one article, e.g. news60 draft article.html --out story.json');
      return { command: 'draft', article: positionals[0]!, out: values.out, source: values.source, photo: values.photo };
    }
    case 'studio': {
      if (positionals.length > 1) throw new InputError('studio: give at most one story file, e.g. news60 studio story.json');
      const port = parsePositiveInteger('--port', values.port);
      if (port !== undefined && port > 65535) throw new InputError(`--port: expected a port number up to 65535, got ${port}`);
      return { command: 'studio', story: positionals[0], port, noOpen: values['no-open'] ?? false, fit: values.fit ?? false, theme: values.theme, allowPaths };
    }
    default:
      throw new InputError(`unknown command "${command}"; see news60 --help`);
  }
}
