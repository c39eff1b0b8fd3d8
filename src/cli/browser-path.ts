// CLI: the browser for --format pdf, or the usage error (exit 2) that says how to get one.

import { UI } from '../messages/ui.js';
import { findBrowser } from './find-browser.js';
import { EXIT_FAILURE, type Io } from './io.js';
import type { GlobalOptions } from './global-options.js';

export function browserPath(globals: GlobalOptions, explicit: string | undefined, io: Io): string | number {
  const found = findBrowser(io.env, explicit, io.cwd);
  if ('path' in found && !('error' in found)) return found.path;
  const ui = UI[globals.lang];
  io.stderr(`${found.error === 'not-a-program' ? ui.browserNotAProgram(found.path) : ui.noBrowser}\n`);
  return EXIT_FAILURE;
}
