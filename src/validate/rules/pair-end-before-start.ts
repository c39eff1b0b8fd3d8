// Validate stage: a pair ends (as planned or early) on or after the day it starts.

import type { Workspace } from '../../model/workspace.js';
import { problem, type Problem } from '../../model/problem.js';
import type { Rule } from './rule.js';

const ID = 'pair-end-before-start';

export const pairEndBeforeStart: Rule = { id: ID, severity: 'error', check: checkPairOrder };

function checkPairOrder(ws: Workspace): Problem[] {
  const problems: Problem[] = [];
  for (const m of ws.mentors) {
    m.value.pairs.forEach((pair, i) => {
      const { mentee, start } = pair;
      if (pair.end < start) {
        problems.push(problem(ID, 'error', m.file, `/pairs/${i}/end`, { mentee, start, end: pair.end, field: 'end' }));
      }
      const early = pair.ended_early?.date;
      if (early !== undefined && early < start) {
        const params = { mentee, start, end: early, field: 'ended_early' };
        problems.push(problem(ID, 'error', m.file, `/pairs/${i}/ended_early/date`, params));
      }
    });
  }
  return problems;
}
