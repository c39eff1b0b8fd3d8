// Validate stage: the meetings journal records meetings held, so a future date is likely a typo.

import type { RuleContext, Workspace } from '../../model/workspace.js';
import { problem, type Problem } from '../../model/problem.js';
import type { Rule } from './rule.js';

const ID = 'meeting-in-future';

// A warning, not an error: some mentors write planned meetings in ahead, which harms no report.
export const meetingInFuture: Rule = { id: ID, severity: 'warning', check: checkMeetingDates };

function checkMeetingDates(ws: Workspace, ctx: RuleContext): Problem[] {
  const problems: Problem[] = [];
  for (const r of ws.routes) {
    (r.value.meetings ?? []).forEach((meeting, i) => {
      if (meeting.date <= ctx.today) return;
      problems.push(problem(ID, 'warning', r.file, `/meetings/${i}/date`, { date: meeting.date, today: ctx.today }));
    });
  }
  return problems;
}
