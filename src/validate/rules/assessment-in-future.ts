// Validate stage: scores exist only after the assessment, so its date cannot be after today.

import type { RuleContext, Workspace } from '../../model/workspace.js';
import { problem, type Problem } from '../../model/problem.js';
import type { Rule } from './rule.js';

const ID = 'assessment-in-future';

export const assessmentInFuture: Rule = { id: ID, severity: 'error', check: checkAssessmentDates };

function checkAssessmentDates(ws: Workspace, ctx: RuleContext): Problem[] {
  const problems: Problem[] = [];
  for (const d of ws.diagnostics) {
    d.value.assessments.forEach((a, i) => {
      if (a.date <= ctx.today) return;
      problems.push(problem(ID, 'error', d.file, `/assessments/${i}/date`, { date: a.date, today: ctx.today }));
    });
  }
  return problems;
}
