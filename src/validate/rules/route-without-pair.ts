// Validate stage: a route is the work of a pair, so its mentor leads a pair with its teacher in its period.

import { isPairActiveDuring } from '../../model/pairs.js';
import { mentorsByTeacher } from './lookups.js';
import { defineRule } from './rule.js';

export const routeWithoutPair = defineRule('route-without-pair', 'error', function* (ws) {
  const mentors = mentorsByTeacher(ws);
  for (const r of ws.routes) {
    const { teacher, mentor, period } = r.value;
    // Unknown ids and a mentor with no record have rules of their own; do not report them twice.
    const record = mentors.get(mentor);
    if (!record || !ws.teacherIds.has(teacher)) continue;
    const { start, end } = period;
    if (record.value.pairs.some((pair) => pair.mentee === teacher && isPairActiveDuring(pair, start, end))) continue;
    yield { file: r.file, pointer: '/mentor', params: { teacher, mentor, start, end } };
  }
});
