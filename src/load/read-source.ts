// Load stage: read one record file as text — refusing huge files, files that lead out of the
// workspace or are not regular files, and text that is not UTF-8.

import { fileProblem, problem, type Problem } from '../model/problem.js';
import { readFileWithin } from './read-within.js';

export const MAX_FILE_BYTES = 5 * 1024 * 1024;

export type Source = { text: string } | { problem: Problem };

const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

/**
 * Reads `path` (shown to the user as `rel`), which must not lead out of the folder `root`, and
 * decodes it as UTF-8, dropping a BOM.
 */
export function readSource(path: string, rel: string, root: string): Source {
  const read = readFileWithin(path, root, MAX_FILE_BYTES);
  if ('refusal' in read) return { problem: fileProblem(read.refusal.rule, rel, read.refusal.params) };
  return decodeSource(read.bytes, rel);
}

/** Decodes bytes as UTF-8 (the BOM is dropped by the decoder); names the first bad byte otherwise. */
export function decodeSource(bytes: Uint8Array, rel: string): Source {
  try {
    return { text: decoder.decode(bytes) };
  } catch {
    const offset = firstInvalidUtf8(bytes);
    let line = 1;
    let lineStart = 0;
    for (let i = 0; i < offset; i++) {
      if (bytes[i] === 0x0a) {
        line++;
        lineStart = i + 1;
      }
    }
    const found = problem('file-not-utf8', rel, '', { byte: offset + 1 });
    found.line = line;
    // Columns count characters everywhere else; the start of the line is valid UTF-8.
    found.column = new TextDecoder().decode(bytes.subarray(lineStart, offset)).length + 1;
    return { problem: found };
  }
}

/** Offset of the first byte that breaks UTF-8, or the length when none does. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] ?? 0;
    const need = b < 0x80 ? 0 : b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
    if (need < 0) return i;
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
      // The second byte also rules out overlong forms, surrogates and code points past U+10FFFF.
      if (k === 1 && ((b === 0xe0 && c < 0xa0) || (b === 0xed && c > 0x9f) || (b === 0xf0 && c < 0x90) || (b === 0xf4 && c > 0x8f))) return i;
    }
    i += need + 1;
  }
  return bytes.length;
}
