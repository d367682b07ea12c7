import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { bundle } from '@remotion/bundler';
import { ENTRY_POINT, PROJECT_ROOT, PUBLIC_DIR } from './project';

export type Bundle = {
  /** Folder Remotion serves: pass as `serveUrl`. */
  readonly serveUrl: string;
  /** True when an earlier run's bundle of the same sources was reused. */
  readonly reused: boolean;
};

/** Inputs whose change makes a new bundle. */
const BUNDLE_INPUTS = ['src', 'assets', 'package-lock.json'];
/** Node-only code, never bundled: editing it keeps the bundle. */
const NODE_ONLY = [path.join('src', 'render'), path.join('src', 'cli')].map((folder) => path.join(PROJECT_ROOT, folder) + path.sep);
const CACHE_DIR = path.join(PROJECT_ROOT, 'node_modules', '.cache', 'news60', 'bundles');
const COMPLETE_MARKER = '.news60-complete';

async function listFiles(target: string): Promise<string[]> {
  if (!existsSync(target)) return [];
  if ((await stat(target)).isFile()) return [target];
  const entries = await readdir(target, { withFileTypes: true, recursive: true });
  return entries.filter((entry) => entry.isFile()).map((entry) => path.join(entry.parentPath, entry.name));
}

/** Hash of every file the bundle is made from. */
export async function sourceHash(): Promise<string> {
  const hash = createHash('sha256');
  const files = (await Promise.all(BUNDLE_INPUTS.map((input) => listFiles(path.join(PROJECT_ROOT, input)))))
    .flat()
    .filter((file) => !NODE_ONLY.some((folder) => file.startsWith(folder)))
    .sort();
  for (const file of files) {
    hash.update(path.relative(PROJECT_ROOT, file)).update('\0').update(await readFile(file)).update('\0');
  }
  return hash.digest('hex').slice(0, 16);
}

/**
 * Bundles the compositions once and keeps the bundle in node_modules/.cache, keyed by a hash of
 * the sources, so that the next render of any story skips webpack entirely.
 */
export async function getBundle(onProgress?: (percent: number) => void): Promise<Bundle> {
  const key = await sourceHash();
  const target = path.join(CACHE_DIR, key);
  if (existsSync(path.join(target, COMPLETE_MARKER))) return { serveUrl: target, reused: true };
  await mkdir(CACHE_DIR, { recursive: true });
  const building = path.join(CACHE_DIR, `${key}.building-${process.pid}`);
  try {
    await bundle({ entryPoint: ENTRY_POINT, publicDir: PUBLIC_DIR, outDir: building, onProgress, enableCaching: true });
    await writeFile(path.join(building, COMPLETE_MARKER), new Date(0).toISOString());
    await rm(target, { recursive: true, force: true });
    await rename(building, target);
  } catch (error) {
    await rm(building, { recursive: true, force: true });
    // Another process may have finished the same bundle meanwhile.
    if (existsSync(path.join(target, COMPLETE_MARKER))) return { serveUrl: target, reused: true };
    throw error;
  }
  return { serveUrl: target, reused: false };
}
