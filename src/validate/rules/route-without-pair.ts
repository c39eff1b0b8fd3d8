// Validate stage: a route is the work of a pair, so its mentor leads a pair with its teacher in its period.

import { isPairActiveDuring } from '../../model/pairs.js';
import type { Workspace } from '../../model/workspace.js';
import { problem, type Problem } from '../../model/problem.js';
import { mentorsByTeacher } from './lookups.js';
import type { Rule } from './rule.js';

const ID = 'route-without-pair';

export const routeWithoutPair: Rule = { id: ID, severity: 'error', check: checkRoutePairs };

function checkRoutePairs(ws: Workspace): Problem[] {
  const mentors = mentorsByTeacher(ws);
  const problems: Problem[] = [];
  for (const r of ws.routes) {
    const { teacher, mentor, period } = r.value;
    // Unknown ids and a mentor with no record have rules of their own; do not report them twice.
    const record = mentors.get(mentor);
    if (!record || !ws.teacherIds.has(teacher)) continue;
    const hasPair = record.value.pairs.some(
      (pair) => pair.mentee === teacher && isPairActiveDuring(pair, period.start, period.end),
    );
    if (hasPair) continue;
    problems.push(problem(ID, 'error', r.file, '/mentor', { teacher, mentor, start: period.start, end: period.end }));
  }
  return problems;
}
