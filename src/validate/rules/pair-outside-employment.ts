// Validate stage: both sides of a pair work in the kindergarten for the whole time the pair is active.

import { pairLastDay } from '../../model/pairs.js';
import type { PairRole } from '../../model/problem-params.js';
import type { Pair } from '../../model/types.js';
import { teachersById } from './lookups.js';
import { defineRule } from './rule.js';
import { pairsOf } from './walk.js';

export const pairOutsideEmployment = defineRule('pair-outside-employment', 'error', function* (ws) {
  const teachers = teachersById(ws);
  for (const { record, file, part: pair, at } of pairsOf(ws)) {
    const sides: [string, PairRole][] = [[record.value.teacher, 'mentor'], [pair.mentee, 'mentee']];
    for (const [teacher, role] of sides) {
      // A teacher with no valid record is reported elsewhere; here nothing is known of their dates.
      const record = teachers.get(teacher)?.value;
      if (!record) continue;
      if (pair.start < record.hired) {
        yield { file, pointer: `${at}/start`, params: { teacher, role, edge: 'hired', date: pair.start, limit: record.hired } };
      }
      const last = pairLastDay(pair);
      if (record.left !== undefined && last > record.left) {
        yield { file, pointer: `${at}/${lastDayField(pair)}`, params: { teacher, role, edge: 'left', date: last, limit: record.left } };
      }
    }
  }
});

/** The field that holds the pair's last day, for the pointer. */
function lastDayField(pair: Pair): string {
  return pair.ended_early ? 'ended_early/date' : 'end';
}
