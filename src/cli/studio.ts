import { spawn } from 'node:child_process';
import path from 'node:path';
import { FORMAT_IDS, type FormatId } from '../formats/formats';
import { InputError } from '../render/errors';
import { PROJECT_ROOT, PUBLIC_DIR, ENTRY_POINT } from '../render/project';
import { formatProps, prepareSound, prepareStory } from '../render/render-story';
import type { NewsVideoProps } from '../scenes/props';
import type { LoadedStory } from '../story/load';
import { STUDIO_STORY_ENV, type StudioStory } from '../story/studio-story';

/**
 * The props of a story for Studio, per format: its media prepared with sharp into the public
 * folder (assets/news60-media/), as a render would prepare them. Throws an InputError for bad input.
 */
export async function studioStory(loaded: LoadedStory, fit: boolean): Promise<StudioStory> {
  await prepareStory(loaded, fit);
  const sound = await prepareSound(loaded, PUBLIC_DIR);
  const props = {} as Record<FormatId, NewsVideoProps>;
  for (const format of FORMAT_IDS) {
    props[format] = { ...(await formatProps(loaded, format, PUBLIC_DIR, sound, fit)), showSafeArea: false };
  }
  return { file: loaded.file, props };
}

/**
 * Runs Remotion Studio on the project's compositions (remotion.config.ts points it at the
 * system Chromium and the public folder), with the opened story if there is one. Returns
 * Studio's exit code; Ctrl-C stops it.
 */
export function runStudio(options: { story: StudioStory | null; port?: number; noOpen: boolean }): Promise<number> {
  const bin = path.join(PROJECT_ROOT, 'node_modules', '.bin', 'remotion');
  const args = ['studio', path.relative(PROJECT_ROOT, ENTRY_POINT), ...(options.port ? ['--port', String(options.port)] : []), ...(options.noOpen ? ['--no-open'] : [])];
  const env = { ...process.env, ...(options.story ? { [STUDIO_STORY_ENV]: JSON.stringify(options.story) } : {}) };
  return new Promise((resolve, reject) => {
    const child = spawn(bin, args, { cwd: PROJECT_ROOT, env, stdio: 'inherit' });
    const stop = (signal: NodeJS.Signals) => child.kill(signal);
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
    child.on('error', (error) => reject(new InputError(`Remotion Studio did not start (${error.message}); run npm ci first`)));
    child.on('exit', (code, signal) => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      resolve(code ?? (signal ? 0 : 1));
    });
  });
}
