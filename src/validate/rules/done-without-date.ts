// Validate stage: a done item says when it was done; reports count "done late" from that date.

import type { Workspace } from '../../model/workspace.js';
import { problem, type Problem } from '../../model/problem.js';
import type { Rule } from './rule.js';

const ID = 'done-without-date';

export const doneWithoutDate: Rule = { id: ID, severity: 'error', check: checkDoneDates };

function checkDoneDates(ws: Workspace): Problem[] {
  const problems: Problem[] = [];
  for (const r of ws.routes) {
    r.value.items.forEach((item, i) => {
      if (item.status !== 'done' || item.done_on !== undefined) return;
      problems.push(problem(ID, 'error', r.file, `/items/${i}/status`, { id: item.id }));
    });
  }
  return problems;
}
