// Load stage: read a file that must stay inside a folder — a regular file, of bounded size, never
// one that a link leads elsewhere (/proc/self/environ, a secret of the CI machine, /dev/zero, a FIFO).

import { closeSync, constants, fstatSync, openSync, readSync, realpathSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, sep } from 'node:path';
import type { ProblemParams } from '../model/problem.js';

type RefusalId = 'file-outside-workspace' | 'file-not-regular' | 'file-too-large' | 'file-unreadable';

/** Why a file was not read: the rule id of the problem, and the values its message names. */
export type Refusal = { [K in RefusalId]: { rule: K; params: ProblemParams[K] } }[RefusalId];

export type FileRead = { bytes: Buffer } | { refusal: Refusal };

// O_NONBLOCK: opening a FIFO must not wait for a writer. O_NOFOLLOW: the real path, once checked,
// is opened as it is — a link put there since is refused, not followed. Both are 0 on Windows.
const NOFOLLOW = constants.O_NOFOLLOW ?? 0;
const OPEN_FLAGS = constants.O_RDONLY | NOFOLLOW | (constants.O_NONBLOCK ?? 0);

const realRoots = new Map<string, string>();
/** Real paths of the folders files were read from: a workspace has a handful, with thousands of files. */
const realDirs = new Map<string, string>();

/** Forgets the real paths seen so far: a new run sees the folders (and links) as they are now. */
export function forgetRealPaths(): void {
  realRoots.clear();
  realDirs.clear();
}

/**
 * Reads `path`, which must lie inside `root` once every link on the way is resolved, and be a
 * regular file of at most `limit` bytes. At most `limit + 1` bytes are ever read, whatever size
 * the file reports.
 */
export function readFileWithin(path: string, root: string, limit: number): FileRead {
  let fd: number | undefined;
  try {
    // The file in its folder's real path, opened without following a link: one realpath per
    // folder, not per file. A link (ELOOP) is resolved and checked below; so is every file where
    // the system cannot refuse links at open (O_NOFOLLOW is 0 on Windows).
    if (NOFOLLOW !== 0) {
      const direct = join(realDir(dirname(path)), basename(path));
      if (!isInside(direct, realRoot(root))) return { refusal: { rule: 'file-outside-workspace', params: { target: direct } } };
      fd = openUnlessLink(direct);
    }
    if (fd === undefined) {
      const real = realpathSync.native(path);
      if (!isInside(real, realRoot(root))) return { refusal: { rule: 'file-outside-workspace', params: { target: real } } };
      fd = openSync(real, OPEN_FLAGS);
    }
  } catch (error) {
    return { refusal: unreadable(error) };
  }
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) return { refusal: { rule: 'file-not-regular', params: { kind: fileKind(stat) } } };
    if (stat.size > limit) return { refusal: tooLarge(stat.size, limit) };
    const bytes = readAtMost(fd, limit + 1, stat.size);
    if (bytes.length > limit) return { refusal: tooLarge(Math.max(bytes.length, stat.size), limit) };
    return { bytes };
  } catch (error) {
    return { refusal: unreadable(error) };
  } finally {
    closeSync(fd);
  }
}

/** Whether `real` is `root` or lies under it (both real paths). */
export function isInside(real: string, root: string): boolean {
  const rel = relative(root, real);
  return rel === '' || (rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel));
}

/** The open file, or undefined when the path is a symbolic link (O_NOFOLLOW refuses it). */
function openUnlessLink(path: string): number | undefined {
  try {
    return openSync(path, OPEN_FLAGS);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ELOOP') return undefined;
    throw error;
  }
}

/** The real path of `path`, resolved once per run and kept in `cache`. */
function cachedRealPath(cache: Map<string, string>, path: string): string {
  let real = cache.get(path);
  if (real === undefined) {
    real = realpathSync.native(path);
    cache.set(path, real);
  }
  return real;
}

const realDir = (dir: string): string => cachedRealPath(realDirs, dir);
const realRoot = (root: string): string => cachedRealPath(realRoots, root);

/**
 * Reads until the end or `max` bytes; the first read asks for what fstat promised, and one more,
 * so that a file that grew since is still read to its end (or refused past `max`).
 */
function readAtMost(fd: number, max: number, expected: number): Buffer {
  const chunks: Buffer[] = [];
  let total = 0;
  let want = Math.min(max, expected + 1);
  while (total < max) {
    const chunk = Buffer.allocUnsafe(Math.min(want, max - total));
    const read = readSync(fd, chunk, 0, chunk.length, null);
    if (read === 0) break;
    chunks.push(chunk.subarray(0, read));
    total += read;
    // A regular file gives less than asked only at its end: no second read to learn that.
    if (read < chunk.length) break;
    want = 64 * 1024;
  }
  return chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, total);
}

function fileKind(stat: { isDirectory(): boolean; isFIFO(): boolean; isCharacterDevice(): boolean; isBlockDevice(): boolean; isSocket(): boolean }): string {
  if (stat.isDirectory()) return 'directory';
  if (stat.isFIFO()) return 'fifo';
  if (stat.isCharacterDevice() || stat.isBlockDevice()) return 'device';
  if (stat.isSocket()) return 'socket';
  return 'other';
}

function tooLarge(size: number, limit: number): Refusal {
  return { rule: 'file-too-large', params: { size: (size / 1048576).toFixed(1), limit: Math.round(limit / 1048576) } };
}

function unreadable(error: unknown): Refusal {
  return { rule: 'file-unreadable', params: { reason: (error as NodeJS.ErrnoException).code ?? 'EIO' } };
}
