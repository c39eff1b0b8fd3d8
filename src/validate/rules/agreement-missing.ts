// Validate stage: since 2025-03-01 each pair needs a contract addendum (Labour Code art. 351.8).

import type { Workspace } from '../../model/workspace.js';
import { problem, type Problem } from '../../model/problem.js';
import { isUnderLabourCode } from '../../model/labour-code.js';
import type { Rule } from './rule.js';

const ID = 'agreement-missing';

export const agreementMissing: Rule = { id: ID, severity: 'error', check: checkAgreements };

function checkAgreements(ws: Workspace): Problem[] {
  const problems: Problem[] = [];
  for (const m of ws.mentors) {
    m.value.pairs.forEach((pair, i) => {
      if (pair.agreement || !isUnderLabourCode(pair)) return;
      // The field is absent, so point at the pair's first line, where it should be added.
      const params = { mentor: m.value.teacher, mentee: pair.mentee, start: pair.start };
      problems.push(problem(ID, 'error', m.file, `/pairs/${i}/mentee`, params));
    });
  }
  return problems;
}
