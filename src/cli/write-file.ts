// CLI: writing files safely — a new file appears whole or not at all, and never replaces another.

import * as nodeFs from 'node:fs';
import { basename, dirname, join } from 'node:path';

/** The file system calls used here, injectable so tests can make a write fail halfway. */
export interface WriteFs {
  mkdirSync: typeof nodeFs.mkdirSync;
  writeFileSync: typeof nodeFs.writeFileSync;
  linkSync: typeof nodeFs.linkSync;
  copyFileSync: typeof nodeFs.copyFileSync;
  renameSync: typeof nodeFs.renameSync;
  rmSync: typeof nodeFs.rmSync;
}

export class FileExistsError extends Error {
  constructor(readonly path: string) {
    super(`${path} already exists`);
  }
}

function tempPath(path: string): string {
  return join(dirname(path), `.${basename(path)}.${process.pid}.${Date.now()}.tmp`);
}

/**
 * Writes a new file atomically: the text goes to a temporary file beside it, which is then
 * hard-linked to the final name — a link fails if the name exists, so nothing is overwritten even
 * if the file appeared a moment ago. The temporary file is removed whatever happens.
 */
export function createFileAtomic(path: string, text: string, fs: WriteFs = nodeFs): void {
  fs.mkdirSync(dirname(path), { recursive: true });
  const temp = tempPath(path);
  try {
    fs.writeFileSync(temp, text, { flag: 'wx' });
    try {
      fs.linkSync(temp, path);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'EEXIST') throw new FileExistsError(path);
      // Some file systems (FAT, exFAT, some network shares) have no hard links: copy the finished
      // file instead, still refusing an existing name.
      if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'ENOSYS' && code !== 'EOPNOTSUPP') throw error;
      try {
        fs.copyFileSync(temp, path, nodeFs.constants.COPYFILE_EXCL);
      } catch (copyError) {
        if ((copyError as NodeJS.ErrnoException).code === 'EEXIST') throw new FileExistsError(path);
        throw copyError;
      }
    }
  } finally {
    fs.rmSync(temp, { force: true });
  }
}

/** Replaces a file atomically (temporary file, then rename): for changes the user asked for. */
export function replaceFileAtomic(path: string, text: string, fs: WriteFs = nodeFs): void {
  const temp = tempPath(path);
  try {
    fs.writeFileSync(temp, text, { flag: 'wx' });
    fs.renameSync(temp, path);
  } finally {
    fs.rmSync(temp, { force: true });
  }
}
