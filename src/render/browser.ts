import { existsSync } from 'node:fs';
import { openBrowser } from '@remotion/renderer';
import { InputError, RenderFailure } from './errors';

/** Debian's Chromium binary itself, which avoids the wrapper script in /usr/bin. */
const SYSTEM_CHROMIUMS = ['/usr/lib/chromium/chromium', '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

export type BrowserChoice = {
  /** null: let Remotion use (and if need be download) its own Chrome Headless Shell. */
  readonly executable: string | null;
  readonly from: 'flag' | 'env' | 'system' | 'remotion';
};

/** `--browser PATH`, then `NEWS60_BROWSER`, then a system Chromium, then Remotion's own. */
export function chooseBrowser(flag: string | undefined, env: NodeJS.ProcessEnv = process.env, exists: (file: string) => boolean = existsSync): BrowserChoice {
  if (flag) return { executable: flag, from: 'flag' };
  if (env.NEWS60_BROWSER) return { executable: env.NEWS60_BROWSER, from: 'env' };
  const system = SYSTEM_CHROMIUMS.find((candidate) => exists(candidate));
  return system ? { executable: system, from: 'system' } : { executable: null, from: 'remotion' };
}

/**
 * Chromium as measured best for these scenes on 2 cores (see the README's Performance section):
 * its default GL paints at 13 fps where `gl: 'swangle'` managed 7, and one process instead of
 * a process per tab paints as fast with about half the memory (Remotion's default is one per tab).
 */
export const CHROMIUM_OPTIONS = { enableMultiProcessOnLinux: false } as const;

/** Opens the browser once; pass it as `puppeteerInstance` to every render. */
export async function launchBrowser(choice: BrowserChoice) {
  if (choice.executable && !existsSync(choice.executable)) {
    throw new InputError(`no browser at ${choice.executable} (from ${choice.from === 'flag' ? '--browser' : 'NEWS60_BROWSER'}); install Chromium or pass --browser PATH`);
  }
  try {
    return await openBrowser('chrome', {
      browserExecutable: choice.executable,
      chromeMode: choice.executable ? 'chrome-for-testing' : 'headless-shell',
      chromiumOptions: CHROMIUM_OPTIONS,
      logLevel: 'error',
    });
  } catch (error) {
    throw new RenderFailure(`the browser ${choice.executable ?? ''} did not start: ${(error as Error).message.split('\n')[0]}`);
  }
}

export type Browser = Awaited<ReturnType<typeof launchBrowser>>;
