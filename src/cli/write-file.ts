// CLI: writing files safely — a new file appears whole or not at all and never replaces another;
// no write goes through a symbolic link; an in-place change never overwrites a newer save.

import { createHash } from 'node:crypto';
import * as nodeFs from 'node:fs';
import { dirname } from 'node:path';
import { acquireLock } from './file-lock.js';
import { checkTarget, prepareFolder } from './safe-folder.js';
import { removeStaleTemps, tempPath } from './stale-temps.js';
import { WriteRefused } from './write-refused.js';

/** The file system calls used here, injectable so tests can make a write fail halfway. */
export interface WriteFs {
  lstatSync: typeof nodeFs.lstatSync;
  mkdirSync: typeof nodeFs.mkdirSync;
  openSync: typeof nodeFs.openSync;
  writeSync: typeof nodeFs.writeSync;
  closeSync: typeof nodeFs.closeSync;
  writeFileSync: typeof nodeFs.writeFileSync;
  readFileSync: typeof nodeFs.readFileSync;
  readdirSync: typeof nodeFs.readdirSync;
  linkSync: typeof nodeFs.linkSync;
  copyFileSync: typeof nodeFs.copyFileSync;
  renameSync: typeof nodeFs.renameSync;
  rmSync: typeof nodeFs.rmSync;
}

export interface WriteOptions {
  /**
   * The folder the checks start from (the workspace, the current folder): it and the folders above
   * it are trusted, every folder below it is checked not to be a link. Default: the file's folder,
   * made if missing.
   */
  base?: string;
  fs?: WriteFs;
}

export interface ReplaceOptions extends WriteOptions {
  /**
   * The file's text as it was read before the change was made from it. When given, the file is
   * locked, and the write is refused (WriteRefused `changed`) if the file no longer holds it.
   */
  expected?: string;
}

export class FileExistsError extends Error {
  constructor(readonly path: string) {
    super(`${path} already exists`);
  }
}

const NOFOLLOW = nodeFs.constants.O_NOFOLLOW ?? 0;
const CREATE_NEW = nodeFs.constants.O_WRONLY | nodeFs.constants.O_CREAT | nodeFs.constants.O_EXCL | NOFOLLOW;

/** Makes the file's folder: checked from `base` down, or, without a base, trusted as it is. */
function makeFolder(path: string, base: string | undefined, fs: WriteFs): void {
  if (base === undefined) fs.mkdirSync(dirname(path), { recursive: true });
  else prepareFolder(base, dirname(path), path, fs);
}

/** Checks and makes the file's folders, clears stale temporary files, and writes a temporary copy. */
function writeTemp(path: string, text: string | Uint8Array, options: WriteOptions): { temp: string; fs: WriteFs } {
  const fs = options.fs ?? nodeFs;
  makeFolder(path, options.base, fs);
  checkTarget(path, fs);
  removeStaleTemps(dirname(path), fs);
  const temp = tempPath(path);
  // O_EXCL and O_NOFOLLOW: a link planted under the temporary name is not followed either.
  const fd = fs.openSync(temp, CREATE_NEW, 0o644);
  try {
    fs.writeFileSync(fd, text);
  } catch (error) {
    fs.closeSync(fd);
    fs.rmSync(temp, { force: true });
    throw error;
  }
  fs.closeSync(fd);
  return { temp, fs };
}

/**
 * Writes a new file atomically: the text goes to a temporary file beside it, which is then
 * hard-linked to the final name — a link fails if the name exists, so nothing is overwritten even
 * if the file appeared a moment ago. The temporary file is removed whatever happens.
 */
export function createFileAtomic(path: string, text: string | Uint8Array, options: WriteOptions = {}): void {
  const fs = options.fs ?? nodeFs;
  let temp: string | undefined;
  try {
    temp = writeTemp(path, text, { ...options, fs }).temp;
    try {
      fs.linkSync(temp, path);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'EEXIST') throw existing(path, fs);
      // Some file systems (FAT, exFAT, some network shares) have no hard links: copy the finished
      // file instead, still refusing an existing name.
      if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'ENOSYS' && code !== 'EOPNOTSUPP') throw error;
      try {
        fs.copyFileSync(temp, path, nodeFs.constants.COPYFILE_EXCL);
      } catch (copyError) {
        if ((copyError as NodeJS.ErrnoException).code === 'EEXIST') throw existing(path, fs);
        throw copyError;
      }
    }
  } finally {
    if (temp !== undefined) fs.rmSync(temp, { force: true });
  }
}

/** What is in the way of a new file: a link is refused as such, anything else already exists. */
function existing(path: string, fs: WriteFs): Error {
  try {
    checkTarget(path, fs);
  } catch (error) {
    if (error instanceof WriteRefused) return error;
  }
  return new FileExistsError(path);
}

/**
 * Replaces a file atomically (temporary file, then rename, which replaces a link planted at the
 * last moment instead of following it). With `expected`, holds the file's lock and re-reads it
 * just before the rename: a file changed since it was read is left as it is (WriteRefused).
 */
export function replaceFileAtomic(path: string, text: string | Uint8Array, options: ReplaceOptions = {}): void {
  const fs = options.fs ?? nodeFs;
  // The folders first: the lock file is written beside the file, so through them too.
  makeFolder(path, options.base, fs);
  checkTarget(path, fs);
  const release = options.expected === undefined ? undefined : acquireLock(path, fs);
  let temp: string | undefined;
  try {
    temp = writeTemp(path, text, { ...options, fs }).temp;
    checkTarget(path, fs);
    if (options.expected !== undefined && !holds(path, options.expected, fs)) throw new WriteRefused('changed', path);
    fs.renameSync(temp, path);
  } finally {
    if (temp !== undefined) fs.rmSync(temp, { force: true });
    release?.();
  }
}

function sha256(data: string | Buffer): string {
  return createHash('sha256').update(data).digest('hex');
}

/** Whether the file at `path` still holds exactly `expected`; a missing file does not. */
function holds(path: string, expected: string, fs: WriteFs): boolean {
  let now: Buffer;
  try {
    now = fs.readFileSync(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false;
    throw error;
  }
  return sha256(now) === sha256(Buffer.from(expected, 'utf8'));
}
