import { readdir } from 'node:fs/promises';
import path from 'node:path';

/** Story files in a folder and its subfolders, sorted; news60's own outputs are not stories. */
export async function findStoryFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith('.json'))
    .filter((entry) => !entry.name.endsWith('.manifest.json') && entry.name !== 'batch-report.json')
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort();
}
