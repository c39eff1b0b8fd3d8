// Validate stage: one diagnostics record holds at most one assessment of each kind (entry, midterm, final).

import type { Workspace } from '../../model/workspace.js';
import { problem, type Problem } from '../../model/problem.js';
import type { Rule } from './rule.js';

const ID = 'duplicate-assessment';

export const duplicateAssessment: Rule = { id: ID, severity: 'error', check: checkAssessmentKinds };

function checkAssessmentKinds(ws: Workspace): Problem[] {
  const problems: Problem[] = [];
  for (const d of ws.diagnostics) {
    const firstIndex = new Map<string, number>();
    d.value.assessments.forEach((a, i) => {
      const first = firstIndex.get(a.kind);
      if (first === undefined) firstIndex.set(a.kind, i);
      // Growth is entry → final: two of a kind leave it unclear which one to compare.
      else problems.push(problem(ID, 'error', d.file, `/assessments/${i}/kind`, { kind: a.kind, first: first + 1 }));
    });
  }
  return problems;
}
