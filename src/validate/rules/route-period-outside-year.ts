// Validate stage: a route covers part of one academic year (1 September – 31 August), the one it names.

import { academicYearBounds } from '../../model/dates.js';
import type { Workspace } from '../../model/workspace.js';
import { problem, type Problem } from '../../model/problem.js';
import type { Rule } from './rule.js';

const ID = 'route-period-outside-year';

export const routePeriodOutsideYear: Rule = { id: ID, severity: 'error', check: checkPeriodInYear };

function checkPeriodInYear(ws: Workspace): Problem[] {
  const problems: Problem[] = [];
  for (const r of ws.routes) {
    const { year, period } = r.value;
    const bounds = academicYearBounds(year);
    const params = { year, yearStart: bounds.start, yearEnd: bounds.end };
    for (const edge of ['start', 'end'] as const) {
      const date = period[edge];
      if (date >= bounds.start && date <= bounds.end) continue;
      problems.push(problem(ID, 'error', r.file, `/period/${edge}`, { ...params, edge, date }));
    }
  }
  return problems;
}
