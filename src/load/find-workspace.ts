// Load stage: find the workspace root — the nearest folder upward that holds mentor.yaml.

import { existsSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

export const CONFIG_FILE = 'mentor.yaml';

export type FoundWorkspace = { root: string } | { error: 'not-found' | 'no-config' | 'not-a-folder'; searched: string };

/** With `explicit` (from --workspace) only that folder counts; otherwise walk up from `cwd`. */
export function findWorkspace(cwd: string, explicit?: string): FoundWorkspace {
  if (explicit !== undefined) {
    const root = resolve(cwd, explicit);
    if (!existsSync(root) || !statSync(root).isDirectory()) return { error: 'not-a-folder', searched: root };
    return existsSync(join(root, CONFIG_FILE)) ? { root } : { error: 'no-config', searched: root };
  }
  let dir = resolve(cwd);
  for (;;) {
    if (existsSync(join(dir, CONFIG_FILE))) return { root: dir };
    const parent = dirname(dir);
    if (parent === dir) return { error: 'not-found', searched: resolve(cwd) };
    dir = parent;
  }
}
