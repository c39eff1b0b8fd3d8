// CLI: the Chromium-family browser that prints PDF documents — named by the user, or found on the
// machine (PATH, then the usual install places of Chrome and Edge). Never downloaded.

import { existsSync, statSync } from 'node:fs';
import { delimiter, join, resolve } from 'node:path';

const NAMES = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable', 'chrome', 'microsoft-edge', 'microsoft-edge-stable', 'msedge'];

/** Where Windows and macOS put Chrome and Edge (Edge ships with every Windows 10 and 11). */
function installPlaces(env: NodeJS.ProcessEnv): string[] {
  const windows = [env['PROGRAMFILES(X86)'], env['PROGRAMFILES'], env['LOCALAPPDATA']].filter((dir): dir is string => dir !== undefined);
  return [
    ...windows.flatMap((dir) => [join(dir, 'Microsoft', 'Edge', 'Application', 'msedge.exe'), join(dir, 'Google', 'Chrome', 'Application', 'chrome.exe')]),
    '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
    '/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge',
    '/Applications/Chromium.app/Contents/MacOS/Chromium',
  ];
}

export type FoundBrowser = { path: string } | { error: 'not-found' } | { error: 'not-a-program'; path: string };

/**
 * `explicit` is --browser, else MENTOR_BROWSER (a relative path is taken from `cwd`, the
 * command's folder); without either, the first browser found.
 */
export function findBrowser(env: NodeJS.ProcessEnv, explicit?: string, cwd?: string): FoundBrowser {
  const named = explicit ?? (env['MENTOR_BROWSER'] || undefined);
  if (named !== undefined) {
    const path = cwd === undefined ? named : resolve(cwd, named);
    return isFile(path) ? { path } : { error: 'not-a-program', path: named };
  }
  const extensions = process.platform === 'win32' ? ['.exe', ''] : [''];
  const dirs = (env['PATH'] ?? '').split(delimiter).filter((dir) => dir !== '');
  for (const name of NAMES) {
    for (const dir of dirs) {
      for (const extension of extensions) {
        const path = join(dir, name + extension);
        if (isFile(path)) return { path };
      }
    }
  }
  const placed = installPlaces(env).find(isFile);
  return placed === undefined ? { error: 'not-found' } : { path: placed };
}

function isFile(path: string): boolean {
  return existsSync(path) && statSync(path).isFile();
}
