// Load stage: many objects of a repository through one `git cat-file --batch` — the one reader of
// blobs for records at a revision and for their history.

import { runGit } from './git.js';

/**
 * The bytes of each object named (`<commit>:<path>` or a blob id), in order; undefined for what
 * is missing or not a blob.
 */
export function readObjects(cwd: string, names: readonly string[]): (Buffer | undefined)[] {
  if (names.length === 0) return [];
  const out = runGit(cwd, ['cat-file', '--batch'], { input: names.map((name) => `${name}\n`).join('') }).stdout;
  return splitCatFileBatch(out, names.length);
}

/**
 * The output holds, for each name asked, `<id> <type> <size>\n<content>\n` or `<name> missing\n`
 * (also `ambiguous`). Sizes are in bytes, so the output is read as bytes, not text.
 * Returns one entry per name, in order: the blob's bytes, or undefined.
 */
export function splitCatFileBatch(out: Buffer, count: number): (Buffer | undefined)[] {
  const objects: (Buffer | undefined)[] = [];
  let offset = 0;
  for (let n = 0; n < count; n++) {
    const eol = out.indexOf(0x0a, offset);
    if (eol < 0) {
      objects.push(undefined);
      continue;
    }
    const header = out.subarray(offset, eol).toString('utf8');
    offset = eol + 1;
    const match = /^[0-9a-f]+ (\w+) (\d+)$/.exec(header);
    if (match === null) {
      objects.push(undefined);
      continue;
    }
    const size = Number(match[2]);
    objects.push(match[1] === 'blob' ? out.subarray(offset, offset + size) : undefined);
    offset += size + 1;
  }
  return objects;
}
