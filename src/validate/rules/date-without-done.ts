// Validate stage: only a done item has a done_on date; otherwise status and date disagree.

import type { Workspace } from '../../model/workspace.js';
import { problem, type Problem } from '../../model/problem.js';
import type { Rule } from './rule.js';

const ID = 'date-without-done';

export const dateWithoutDone: Rule = { id: ID, severity: 'error', check: checkStrayDates };

function checkStrayDates(ws: Workspace): Problem[] {
  const problems: Problem[] = [];
  for (const r of ws.routes) {
    r.value.items.forEach((item, i) => {
      if (item.status === 'done' || item.done_on === undefined) return;
      const params = { id: item.id, status: item.status, date: item.done_on };
      problems.push(problem(ID, 'error', r.file, `/items/${i}/done_on`, params));
    });
  }
  return problems;
}
