// CLI: the folders of a write — each one checked from a trusted base, none a symbolic link.

import * as nodeFs from 'node:fs';
import { dirname, isAbsolute, join, relative, sep } from 'node:path';
import { WriteRefused } from './write-refused.js';

/** The file system calls used here, injectable for tests. */
export type FolderFs = Pick<typeof nodeFs, 'lstatSync' | 'mkdirSync'>;

function isInside(root: string, path: string): boolean {
  const rel = relative(root, path);
  return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel);
}

/**
 * The folder a write's checks start from: the first of `roots` (the workspace, the current
 * folder) that holds `target`, so that every folder below it is checked; for a path outside them
 * all (`--out /elsewhere/x`) the folder holding `target`, which the user named.
 */
export function writeBase(target: string, roots: readonly string[]): string {
  return roots.find((root) => isInside(root, target)) ?? dirname(target);
}

/** The lstat of `path`, or undefined when nothing is there. */
function lstatOrNone(path: string, fs: FolderFs): nodeFs.Stats | undefined {
  try {
    return fs.lstatSync(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

/**
 * Checks every folder from `base` (not included: it is trusted) down to `dir`, and creates the
 * missing ones one by one unless `create` is false. Throws WriteRefused for `file` when one is a
 * symbolic link (mkdir -p would follow it) or a file.
 */
export function prepareFolder(base: string, dir: string, file: string, fs: FolderFs = nodeFs, create = true): void {
  const rel = relative(base, dir);
  if (rel.startsWith('..') || isAbsolute(rel)) throw new Error(`${dir} is not inside ${base}`);
  let at = base;
  for (const part of rel.split(sep).filter((p) => p !== '')) {
    at = join(at, part);
    let stat = lstatOrNone(at, fs);
    if (stat === undefined) {
      if (!create) return;
      try {
        fs.mkdirSync(at);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      }
      stat = fs.lstatSync(at);
    }
    if (stat.isSymbolicLink()) throw new WriteRefused('link', file, at);
    if (!stat.isDirectory()) throw new WriteRefused('not-folder', file, at);
  }
}

/** Refuses a symbolic link or a folder where the file `path` is to be written. */
export function checkTarget(path: string, fs: FolderFs = nodeFs): void {
  const stat = lstatOrNone(path, fs);
  if (stat?.isSymbolicLink()) throw new WriteRefused('link', path);
  if (stat?.isDirectory()) throw new WriteRefused('is-folder', path);
}

/** Checks, without creating anything, that `file` could be written: for a check before a run writes. */
export function checkWritable(base: string, file: string, fs: FolderFs = nodeFs): void {
  prepareFolder(base, dirname(file), file, fs, false);
  checkTarget(file, fs);
}
