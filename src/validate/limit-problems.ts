// Validate stage: at most so many problems of one file, and one more that counts the rest.
//
// A generated or mangled file can hold hundreds of thousands of problems (a 5 MiB list of bad
// entries); printing them all takes longer than checking them and helps no one.

import { problem, type Problem } from './problem.js';

export const MAX_PROBLEMS_PER_FILE = 100;

/** `sorted` by file and place; keeps the first MAX_PROBLEMS_PER_FILE of each file. */
export function limitProblemsPerFile(sorted: Problem[]): Problem[] {
  const kept: Problem[] = [];
  for (let i = 0; i < sorted.length; ) {
    const file = sorted[i]!.file;
    let end = i;
    while (end < sorted.length && sorted[end]!.file === file) end++;
    const count = end - i;
    for (let k = i; k < Math.min(end, i + MAX_PROBLEMS_PER_FILE); k++) kept.push(sorted[k]!);
    if (count > MAX_PROBLEMS_PER_FILE) {
      const first = sorted[i + MAX_PROBLEMS_PER_FILE]!;
      const more = problem('file-too-many-problems', 'error', file, first.pointer, { shown: MAX_PROBLEMS_PER_FILE, more: count - MAX_PROBLEMS_PER_FILE });
      kept.push({ ...more, line: first.line ?? 1, column: first.column ?? 1 });
    }
    i = end;
  }
  return kept;
}
