// CLI: resolve the workspace root for a command, or explain why there is none.

import { relative } from 'node:path';
import { findWorkspace } from '../load/find-workspace.js';
import { UI } from '../messages/ui.js';
import type { Io } from './io.js';
import type { GlobalOptions } from './global-options.js';

export function resolveWorkspaceRoot(globals: GlobalOptions, io: Io): string | undefined {
  const found = findWorkspace(io.cwd, globals.workspace);
  if ('root' in found) return found.root;
  const ui = UI[globals.lang];
  const explain = { 'not-a-folder': ui.notAFolder, 'no-config': ui.noConfig, 'not-found': ui.noWorkspace }[found.error];
  const shown = found.error === 'not-found' ? found.searched : relative(io.cwd, found.searched) || '.';
  io.stderr(`${explain(shown)}\n`);
  return undefined;
}
