// Validate stage: both sides of a pair work in the kindergarten for the whole time the pair is active.

import { pairLastDay } from '../../model/pairs.js';
import type { Pair } from '../../model/types.js';
import type { Workspace } from '../../model/workspace.js';
import { problem, type Problem } from '../../model/problem.js';
import { teachersById } from './lookups.js';
import type { Rule } from './rule.js';

const ID = 'pair-outside-employment';

export const pairOutsideEmployment: Rule = { id: ID, severity: 'error', check: checkEmployment };

function checkEmployment(ws: Workspace): Problem[] {
  const teachers = teachersById(ws);
  const problems: Problem[] = [];
  for (const m of ws.mentors) {
    m.value.pairs.forEach((pair, i) => {
      const base = `/pairs/${i}`;
      const inspect = (teacher: string, role: 'mentor' | 'mentee'): void => {
        // A teacher with no valid record is reported elsewhere; here nothing is known of their dates.
        const record = teachers.get(teacher)?.value;
        if (!record) return;
        if (pair.start < record.hired) {
          const params = { teacher, role, edge: 'hired', date: pair.start, limit: record.hired };
          problems.push(problem(ID, 'error', m.file, `${base}/start`, params));
        }
        const last = pairLastDay(pair);
        if (record.left !== undefined && last > record.left) {
          const params = { teacher, role, edge: 'left', date: last, limit: record.left };
          problems.push(problem(ID, 'error', m.file, `${base}/${lastDayField(pair)}`, params));
        }
      };
      inspect(m.value.teacher, 'mentor');
      inspect(pair.mentee, 'mentee');
    });
  }
  return problems;
}

/** The field that holds the pair's last day, for the pointer. */
function lastDayField(pair: Pair): string {
  return pair.ended_early ? 'ended_early/date' : 'end';
}
