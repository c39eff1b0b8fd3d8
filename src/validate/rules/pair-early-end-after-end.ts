// Validate stage: an early end comes before the planned end; a later one means the dates are wrong.

import type { Workspace } from '../../model/workspace.js';
import { problem, type Problem } from '../../model/problem.js';
import type { Rule } from './rule.js';

const ID = 'pair-early-end-after-end';

export const pairEarlyEndAfterEnd: Rule = { id: ID, severity: 'error', check: checkEarlyEnds };

function checkEarlyEnds(ws: Workspace): Problem[] {
  const problems: Problem[] = [];
  for (const m of ws.mentors) {
    m.value.pairs.forEach((pair, i) => {
      const date = pair.ended_early?.date;
      // Reports and pairLastDay trust ended_early; a date past `end` would silently extend the pair.
      if (date === undefined || date <= pair.end) return;
      const params = { mentee: pair.mentee, date, end: pair.end };
      problems.push(problem(ID, 'error', m.file, `/pairs/${i}/ended_early/date`, params));
    });
  }
  return problems;
}
