// Validate stage: a route's mentor must be a mentor, i.e. have a mentors/<id>.yaml record.

import { defineRule } from './rule.js';

export const routeMentorNotMentor = defineRule('route-mentor-not-mentor', 'error', function* (ws) {
  for (const r of ws.routes) {
    const { mentor, teacher } = r.value;
    // An unknown id is unknown-reference's to report; this rule is about known non-mentors.
    // A mentor file with a schema error is still a mentor: its errors are reported already.
    if (ws.teacherIds.has(mentor) && !ws.mentorIds.has(mentor)) yield { file: r.file, pointer: '/mentor', params: { mentor, teacher } };
  }
});
