// Where the tool's own files are: schemas/ and templates/ beside the bundle or the sources.

import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

let root: string | undefined;

/** The package root: the nearest folder above this module that holds templates/ and schemas/. */
export function packageRoot(): string {
  if (root !== undefined) return root;
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!(existsSync(join(dir, 'templates')) && existsSync(join(dir, 'schemas')))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error('cannot find the templates/ folder of mentor');
    dir = parent;
  }
  root = dir;
  return dir;
}
