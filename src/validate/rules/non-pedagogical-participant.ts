// Validate stage: only pedagogical staff take part in mentoring (a младший воспитатель does not).

import { NON_PEDAGOGICAL_POSITIONS } from '../../model/types.js';
import type { PairRole } from '../../model/problem-params.js';
import { teachersById } from './lookups.js';
import { defineRule, type Finding } from './rule.js';

export const nonPedagogicalParticipant = defineRule('non-pedagogical-participant', 'error', (ws) => {
  const teachers = teachersById(ws);
  const found: Finding<'non-pedagogical-participant'>[] = [];
  const inspect = (file: string, pointer: string, teacher: string, role: PairRole): void => {
    const position = teachers.get(teacher)?.value.position;
    if (position === undefined || !NON_PEDAGOGICAL_POSITIONS.has(position)) return;
    found.push({ file, pointer, params: { teacher, position, role } });
  };
  for (const m of ws.mentors) {
    inspect(m.file, '/teacher', m.value.teacher, 'mentor');
    m.value.pairs.forEach((pair, i) => inspect(m.file, `/pairs/${i}/mentee`, pair.mentee, 'mentee'));
  }
  return found;
});
