// Validate stage: which problems a change brought in — the "new from revision" rule of linters.

import type { Problem } from '../model/problem.js';

export interface NewProblems {
  /** Problems present now that were not present at the base, in their order. */
  fresh: Problem[];
  /** How many problems present now were already there at the base. */
  old: number;
}

/**
 * A problem is the same as one at the base when its rule, its file (followed through renames),
 * its field and its parameters agree: lines move as a file is edited, these do not. Identical
 * problems are counted, so a second copy of an old mistake is new.
 */
export function newProblems(now: readonly Problem[], base: readonly Problem[], renames: ReadonlyMap<string, string>): NewProblems {
  const remaining = new Map<string, number>();
  for (const found of base) {
    const key = problemKey(found, renames.get(found.file) ?? found.file);
    remaining.set(key, (remaining.get(key) ?? 0) + 1);
  }
  const fresh: Problem[] = [];
  let old = 0;
  for (const found of now) {
    const key = problemKey(found, found.file);
    const count = remaining.get(key) ?? 0;
    if (count > 0) {
      remaining.set(key, count - 1);
      old++;
    } else {
      fresh.push(found);
    }
  }
  return { fresh, old };
}

function problemKey(found: Problem, file: string): string {
  const params = Object.keys(found.params)
    .sort()
    .map((name) => `${name}=${String(found.params[name])}`);
  return [found.rule, found.severity, file, found.pointer, ...params].join('\0');
}
