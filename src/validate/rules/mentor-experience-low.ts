// Validate stage: a mentor should have the programme's minimum pedagogical experience (a local rule).

import { experienceOn } from '../../model/dates.js';
import type { Workspace } from '../../model/workspace.js';
import { problem, type Problem } from '../../model/problem.js';
import { teachersById } from './lookups.js';
import type { Rule } from './rule.js';

const ID = 'mentor-experience-low';

export const mentorExperienceLow: Rule = { id: ID, severity: 'warning', check: checkMentorExperience };

function checkMentorExperience(ws: Workspace): Problem[] {
  const teachers = teachersById(ws);
  const min = ws.settings.mentor_min_experience_years;
  const problems: Problem[] = [];
  for (const m of ws.mentors) {
    const teacher = teachers.get(m.value.teacher);
    if (!teacher) continue;
    m.value.pairs.forEach((pair, i) => {
      // In reverse mentoring the younger teacher leads by design (e.g. in ИКТ): no minimum applies.
      if (pair.kind === 'reverse') return;
      const years = experienceOn(teacher.value.experience, pair.start);
      if (years >= min) return;
      const params = {
        mentor: m.value.teacher,
        mentee: pair.mentee,
        years: floorToTenth(years),
        min,
        date: pair.start,
      };
      problems.push(problem(ID, 'warning', m.file, `/pairs/${i}/start`, params));
    });
  }
  return problems;
}

/** Rounds down, so 2.96 years shows as 2.9 and never as the minimum 3 it falls short of. */
function floorToTenth(years: number): number {
  return Math.floor(years * 10 + 1e-9) / 10;
}
