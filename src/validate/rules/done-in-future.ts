// Validate stage: an item cannot have been done after today.

import type { RuleContext, Workspace } from '../../model/workspace.js';
import { problem, type Problem } from '../../model/problem.js';
import type { Rule } from './rule.js';

const ID = 'done-in-future';

export const doneInFuture: Rule = { id: ID, severity: 'error', check: checkDoneInFuture };

function checkDoneInFuture(ws: Workspace, ctx: RuleContext): Problem[] {
  const problems: Problem[] = [];
  for (const r of ws.routes) {
    r.value.items.forEach((item, i) => {
      if (item.done_on === undefined || item.done_on <= ctx.today) return;
      const params = { id: item.id, date: item.done_on, today: ctx.today };
      problems.push(problem(ID, 'error', r.file, `/items/${i}/done_on`, params));
    });
  }
  return problems;
}
