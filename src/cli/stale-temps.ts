// CLI: temporary files a killed run left behind — removed from the folders mentor writes in.

import * as nodeFs from 'node:fs';
import { basename, dirname, join } from 'node:path';

export type TempFs = Pick<typeof nodeFs, 'readdirSync' | 'lstatSync' | 'rmSync'>;

/** How old a temporary file must be before it counts as left behind rather than being written. */
export const STALE_TEMP_MS = 10 * 60_000;

/** Our naming: `.<file>.<pid>.<milliseconds>.tmp`, beside the file being written. */
const TEMP_NAME = /^\..+\.\d+\.\d+\.tmp$/;

/** The temporary file for writing `path`: hidden, in the same folder, so a rename is atomic. */
export function tempPath(path: string): string {
  return join(dirname(path), `.${basename(path)}.${process.pid}.${Date.now()}.tmp`);
}

/** Removes our temporary files older than STALE_TEMP_MS from `dir`; anything else is left alone. */
export function removeStaleTemps(dir: string, fs: TempFs = nodeFs, now: number = Date.now()): void {
  let names: string[];
  try {
    names = fs.readdirSync(dir);
  } catch {
    return;
  }
  for (const name of names) {
    if (!TEMP_NAME.test(name)) continue;
    const path = join(dir, name);
    try {
      const stat = fs.lstatSync(path);
      if (stat.isFile() && now - stat.mtimeMs > STALE_TEMP_MS) fs.rmSync(path, { force: true });
    } catch {
      // Gone already, or not ours to remove: not a reason to fail the write.
    }
  }
}
