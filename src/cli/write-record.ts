// CLI: writing a record file the command made from what it read — never over a newer change.

import { createFileAtomic, FileExistsError, replaceFileAtomic } from './write-file.js';
import { WriteRefused } from './write-refused.js';

/**
 * Writes `after`, made from `before` (undefined: there was no file). When the file changed since
 * (another mentor run, an editor) or appeared meanwhile, throws WriteRefused `changed` and leaves
 * it as it is: the run stops rather than lose the other change. `root` is the workspace.
 */
export function writeRecord(path: string, before: string | undefined, after: string, root: string): void {
  if (before !== undefined) {
    replaceFileAtomic(path, after, { base: root, expected: before });
    return;
  }
  try {
    createFileAtomic(path, after, { base: root });
  } catch (error) {
    if (error instanceof FileExistsError) throw new WriteRefused('changed', path);
    throw error;
  }
}
