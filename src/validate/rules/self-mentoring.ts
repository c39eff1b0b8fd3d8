// Validate stage: a mentor cannot be their own mentee.

import type { Workspace } from '../../model/workspace.js';
import { problem, type Problem } from '../../model/problem.js';
import type { Rule } from './rule.js';

const ID = 'self-mentoring';

export const selfMentoring: Rule = { id: ID, severity: 'error', check: checkSelfMentoring };

function checkSelfMentoring(ws: Workspace): Problem[] {
  const problems: Problem[] = [];
  for (const m of ws.mentors) {
    m.value.pairs.forEach((pair, i) => {
      if (pair.mentee !== m.value.teacher) return;
      problems.push(problem(ID, 'error', m.file, `/pairs/${i}/mentee`, { teacher: pair.mentee }));
    });
  }
  return problems;
}
