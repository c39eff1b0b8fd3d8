// CLI: resolve the workspace root for a command, or explain why there is none.

import { findWorkspace } from '../load/find-workspace.js';
import { UI } from '../messages/ui.js';
import type { Io } from './io.js';
import type { GlobalOptions } from './main.js';

export function resolveWorkspaceRoot(globals: GlobalOptions, io: Io): string | undefined {
  const found = findWorkspace(io.cwd, globals.workspace);
  if ('root' in found) return found.root;
  const ui = UI[globals.lang];
  io.stderr(`${found.error === 'not-a-folder' ? ui.notAFolder(found.searched) : ui.noWorkspace(found.searched)}\n`);
  return undefined;
}
