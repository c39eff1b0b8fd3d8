// CLI: where documents go — `--out` from the current folder when given, else out/ of the workspace,
// wherever the command runs (never teachers/out/ because the command ran in teachers/).

import { join, resolve } from 'node:path';

export function outDirOf(root: string, cwd: string, given: string | undefined): string {
  return given === undefined ? join(root, 'out') : resolve(cwd, given);
}
