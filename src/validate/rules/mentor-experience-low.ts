// Validate stage: a mentor should have the programme's minimum pedagogical experience (a local rule).

import { experienceOn } from '../../model/dates.js';
import { teachersById } from './lookups.js';
import { defineRule } from './rule.js';
import { pairsOf } from './walk.js';

export const mentorExperienceLow = defineRule('mentor-experience-low', 'warning', function* (ws) {
  const teachers = teachersById(ws);
  const min = ws.settings.mentor_min_experience_years;
  for (const { record, file, part: pair, at } of pairsOf(ws)) {
    const mentor = record.value.teacher;
    const teacher = teachers.get(mentor);
    // In reverse mentoring the younger teacher leads by design (e.g. in ИКТ): no minimum applies.
    if (!teacher || pair.kind === 'reverse') continue;
    const years = experienceOn(teacher.value.experience, pair.start);
    if (years >= min) continue;
    const params = { mentor, mentee: pair.mentee, years: floorToTenth(years), min, date: pair.start };
    yield { file, pointer: `${at}/start`, params };
  }
});

/** Rounds down, so 2.96 years shows as 2.9 and never as the minimum 3 it falls short of. */
function floorToTenth(years: number): number {
  return Math.floor(years * 10 + 1e-9) / 10;
}
