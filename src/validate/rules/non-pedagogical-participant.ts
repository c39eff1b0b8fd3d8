// Validate stage: only pedagogical staff take part in mentoring (a младший воспитатель does not).

import { NON_PEDAGOGICAL_POSITIONS } from '../../model/types.js';
import type { Workspace } from '../../model/workspace.js';
import { problem, type Problem } from '../../model/problem.js';
import { teachersById } from './lookups.js';
import type { Rule } from './rule.js';

const ID = 'non-pedagogical-participant';

export const nonPedagogicalParticipant: Rule = { id: ID, severity: 'error', check: checkParticipants };

function checkParticipants(ws: Workspace): Problem[] {
  const teachers = teachersById(ws);
  const problems: Problem[] = [];
  const inspect = (file: string, pointer: string, teacher: string, role: 'mentor' | 'mentee'): void => {
    const position = teachers.get(teacher)?.value.position;
    if (position === undefined || !NON_PEDAGOGICAL_POSITIONS.has(position)) return;
    problems.push(problem(ID, 'error', file, pointer, { teacher, position, role }));
  };
  for (const m of ws.mentors) {
    inspect(m.file, '/teacher', m.value.teacher, 'mentor');
    m.value.pairs.forEach((pair, i) => inspect(m.file, `/pairs/${i}/mentee`, pair.mentee, 'mentee'));
  }
  return problems;
}
