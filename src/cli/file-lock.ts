// CLI: an exclusive lock on a record file while mentor changes it in place.

import * as nodeFs from 'node:fs';
import { WriteRefused } from './write-refused.js';

export type LockFs = Pick<typeof nodeFs, 'openSync' | 'writeSync' | 'closeSync' | 'lstatSync' | 'rmSync' | 'readFileSync'>;

export const LOCK_SUFFIX = '.mentor-lock';
/** A lock older than this was left by a run that died: it is taken over. */
export const STALE_LOCK_MS = 5 * 60_000;
/** How long to wait for another run's lock before giving up. */
const WAIT_MS = 3_000;

const NOFOLLOW = nodeFs.constants.O_NOFOLLOW ?? 0;
const CREATE_NEW = nodeFs.constants.O_WRONLY | nodeFs.constants.O_CREAT | nodeFs.constants.O_EXCL | NOFOLLOW;

function sleep(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/**
 * Creates `<path>.mentor-lock` (O_EXCL: only one run can) and returns the function that removes
 * it. Waits a little for another run's lock; takes over a stale one; else throws WriteRefused
 * `locked`.
 */
export function acquireLock(path: string, fs: LockFs = nodeFs): () => void {
  const lock = `${path}${LOCK_SUFFIX}`;
  const deadline = Date.now() + WAIT_MS;
  for (;;) {
    try {
      const fd = fs.openSync(lock, CREATE_NEW, 0o644);
      const token = `${process.pid} ${Date.now()} ${Math.random()}\n`;
      try {
        fs.writeSync(fd, token);
      } finally {
        fs.closeSync(fd);
      }
      return () => release(lock, token, fs);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    let stat: nodeFs.Stats;
    try {
      stat = fs.lstatSync(lock);
    } catch {
      continue; // released meanwhile: try again
    }
    if (stat.isSymbolicLink()) throw new WriteRefused('link', path, lock);
    if (Date.now() - stat.mtimeMs > STALE_LOCK_MS) fs.rmSync(lock, { force: true });
    else if (Date.now() > deadline) throw new WriteRefused('locked', path, lock);
    else sleep(50);
  }
}

/** Removes the lock if it is still ours: a run that took it over as stale keeps its own. */
function release(lock: string, token: string, fs: LockFs): void {
  try {
    if (fs.readFileSync(lock, 'utf8') === token) fs.rmSync(lock, { force: true });
  } catch {
    // Already gone.
  }
}
