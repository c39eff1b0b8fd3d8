// Report stage: group mentoring as groups — one mentor's overlapping pairs of kind `group` make one group.

import { pairLastDay } from '../model/pairs.js';
import { groupBy } from './group-by.js';
import type { MentoringPair } from './mentoring-pairs.js';
import { compareText } from './people.js';

/** A mentoring group: one mentor, the mentees of overlapping `group` pairs, its first and last day. */
export interface MentoringGroup {
  mentor: string;
  pairs: MentoringPair[];
  start: string;
  end: string;
}

/**
 * The groups among the pairs: for each mentor, the pairs of kind `group` sorted by start, joined
 * while the next starts on or before the latest last day so far. Pairs of other kinds are no group.
 */
export function findGroups(pairs: readonly MentoringPair[]): MentoringGroup[] {
  const grouped = pairs.filter((p) => p.pair.kind === 'group');
  const groups: MentoringGroup[] = [];
  for (const [mentor, own] of groupBy(grouped, (p) => p.mentor)) {
    let current: MentoringGroup | undefined;
    for (const p of [...own].sort((a, b) => compareText(a.pair.start, b.pair.start))) {
      const last = pairLastDay(p.pair);
      if (current !== undefined && p.pair.start <= current.end) {
        current.pairs.push(p);
        if (last > current.end) current.end = last;
        continue;
      }
      current = { mentor, pairs: [p], start: p.pair.start, end: last };
      groups.push(current);
    }
  }
  return groups;
}
