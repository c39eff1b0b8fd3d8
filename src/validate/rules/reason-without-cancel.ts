// Validate stage: a `reason` explains a cancelled item; on any other item it says something untrue.

import type { Workspace } from '../../model/workspace.js';
import { problem, type Problem } from '../../model/problem.js';
import type { Rule } from './rule.js';

const ID = 'reason-without-cancel';

export const reasonWithoutCancel: Rule = { id: ID, severity: 'warning', check: checkStrayReasons };

function checkStrayReasons(ws: Workspace): Problem[] {
  const problems: Problem[] = [];
  for (const r of ws.routes) {
    r.value.items.forEach((item, i) => {
      if (item.status === 'cancelled' || item.reason === undefined) return;
      problems.push(problem(ID, 'warning', r.file, `/items/${i}/reason`, { id: item.id, status: item.status }));
    });
  }
  return problems;
}
