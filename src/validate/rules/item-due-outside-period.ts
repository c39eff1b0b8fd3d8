// Validate stage: every route item is due within the route's period.

import type { Workspace } from '../../model/workspace.js';
import { problem, type Problem } from '../../model/problem.js';
import type { Rule } from './rule.js';

const ID = 'item-due-outside-period';

export const itemDueOutsidePeriod: Rule = { id: ID, severity: 'error', check: checkItemDues };

function checkItemDues(ws: Workspace): Problem[] {
  const problems: Problem[] = [];
  for (const r of ws.routes) {
    const { start, end } = r.value.period;
    // With a reversed period every item would be "outside": route-period-reversed says it once.
    if (end < start) continue;
    r.value.items.forEach((item, i) => {
      if (item.due >= start && item.due <= end) return;
      problems.push(problem(ID, 'error', r.file, `/items/${i}/due`, { id: item.id, due: item.due, start, end }));
    });
  }
  return problems;
}
