// Validate stage: a route's mentor must be a mentor, i.e. have a mentors/<id>.yaml record.

import type { Workspace } from '../../model/workspace.js';
import { problem, type Problem } from '../../model/problem.js';
import type { Rule } from './rule.js';

const ID = 'route-mentor-not-mentor';

export const routeMentorNotMentor: Rule = { id: ID, severity: 'error', check: checkRouteMentors };

function checkRouteMentors(ws: Workspace): Problem[] {
  const problems: Problem[] = [];
  for (const r of ws.routes) {
    const { mentor, teacher } = r.value;
    // An unknown id is unknown-reference's to report; this rule is about known non-mentors.
    // A mentor file with a schema error is still a mentor: its errors are reported already.
    if (!ws.teacherIds.has(mentor) || ws.mentorIds.has(mentor)) continue;
    problems.push(problem(ID, 'error', r.file, '/mentor', { mentor, teacher }));
  }
  return problems;
}
