// Validate stage: a diagnostics record holds the assessments of its own academic year.

import { academicYearBounds } from '../../model/dates.js';
import type { Workspace } from '../../model/workspace.js';
import { problem, type Problem } from '../../model/problem.js';
import type { Rule } from './rule.js';

const ID = 'assessment-outside-year';

export const assessmentOutsideYear: Rule = { id: ID, severity: 'error', check: checkAssessmentYears };

function checkAssessmentYears(ws: Workspace): Problem[] {
  const problems: Problem[] = [];
  for (const d of ws.diagnostics) {
    const { year } = d.value;
    const bounds = academicYearBounds(year);
    d.value.assessments.forEach((a, i) => {
      if (a.date >= bounds.start && a.date <= bounds.end) return;
      const params = { date: a.date, year, yearStart: bounds.start, yearEnd: bounds.end };
      problems.push(problem(ID, 'error', d.file, `/assessments/${i}/date`, params));
    });
  }
  return problems;
}
