// Validate stage: a held event has the day it was held, on or before today; others have none.

import type { RuleContext, Workspace } from '../../model/workspace.js';
import { problem, type Problem } from '../../model/problem.js';
import type { Rule } from './rule.js';

const ID = 'event-held-date';

export const eventHeldDate: Rule = { id: ID, severity: 'error', check: checkEventHeldDates };

/** `issue`: missing (done without held_on), unexpected (held_on without done), future (after today). */
function checkEventHeldDates(ws: Workspace, ctx: RuleContext): Problem[] {
  const problems: Problem[] = [];
  for (const record of ws.events) {
    record.value.events.forEach((event, i) => {
      const at = `/events/${i}`;
      if (event.status === 'done' && event.held_on === undefined) {
        problems.push(problem(ID, 'error', record.file, `${at}/status`, { id: event.id, issue: 'missing', status: event.status }));
      } else if (event.status !== 'done' && event.held_on !== undefined) {
        problems.push(problem(ID, 'error', record.file, `${at}/held_on`, { id: event.id, issue: 'unexpected', status: event.status }));
      } else if (event.held_on !== undefined && event.held_on > ctx.today) {
        const params = { id: event.id, issue: 'future', date: event.held_on, today: ctx.today };
        problems.push(problem(ID, 'error', record.file, `${at}/held_on`, params));
      }
    });
  }
  return problems;
}
