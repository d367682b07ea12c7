import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The news60 package's own folder (where package.json, src/ and assets/ are). */
export const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/** The entry point Remotion bundles. */
export const ENTRY_POINT = path.join(PROJECT_ROOT, 'src', 'index.ts');

/** Remotion's public folder: fonts, logo, sample photos and stories. */
export const PUBLIC_DIR = path.join(PROJECT_ROOT, 'assets');

export const TOOL_VERSION: string = (JSON.parse(readFileSync(path.join(PROJECT_ROOT, 'package.json'), 'utf8')) as { version: string }).version;
