// Validate stage: since 2025-03-01 mentoring needs the mentor's written consent (Labour Code art. 351.8).

import type { Workspace } from '../../model/workspace.js';
import { problem, type Problem } from '../../model/problem.js';
import { isUnderLabourCode, MENTORING_LAW_FROM } from '../../model/labour-code.js';
import type { Rule } from './rule.js';

const ID = 'consent-missing';

export const consentMissing: Rule = { id: ID, severity: 'error', check: checkConsent };

function checkConsent(ws: Workspace): Problem[] {
  const problems: Problem[] = [];
  for (const m of ws.mentors) {
    if (m.value.consent) continue;
    const starts = m.value.pairs.filter(isUnderLabourCode).map((p) => p.start);
    if (starts.length === 0) continue;
    // One consent covers every pair, so one problem per mentor, naming the date it is needed by.
    const start = starts.reduce((a, b) => (b < a ? b : a));
    const params = { mentor: m.value.teacher, start, since: MENTORING_LAW_FROM };
    problems.push(problem(ID, 'error', m.file, '/teacher', params));
  }
  return problems;
}
