// Validate stage: a route's period ends on or after it starts.

import type { Workspace } from '../../model/workspace.js';
import { problem, type Problem } from '../../model/problem.js';
import type { Rule } from './rule.js';

const ID = 'route-period-reversed';

export const routePeriodReversed: Rule = { id: ID, severity: 'error', check: checkPeriodOrder };

function checkPeriodOrder(ws: Workspace): Problem[] {
  const problems: Problem[] = [];
  for (const r of ws.routes) {
    const { start, end } = r.value.period;
    if (end >= start) continue;
    problems.push(problem(ID, 'error', r.file, '/period/end', { start, end }));
  }
  return problems;
}
