// Report stage, risk 'courses-outdated': no refresher course (КПК) for three years (ФЗ-273, ст. 47).

import { isEmployedOn, isPedagogical } from '../model/mentor-need.js';
import { isPlaceholder } from '../model/placeholders.js';
import { personRef } from './people.js';
import type { RiskContext } from './risk-context.js';
import type { Risk } from './types.js';

/** ДПО не реже одного раза в три года: a course this many years back is due again. */
export const COURSES_EVERY_YEARS = 3;

/**
 * A pedagogical teacher employed on as_of whose latest course year (with no course, the year of
 * her education) is at most year(as_of) − 3. Params: year, and `basis` course | education.
 */
export function findCoursesOutdated(ctx: RiskContext): Risk[] {
  const limit = Number(ctx.day.slice(0, 4)) - COURSES_EVERY_YEARS;
  const risks: Risk[] = [];
  for (const { value: t } of ctx.ws.teachers) {
    if (!isPedagogical(t) || !isEmployedOn(t, ctx.day)) continue;
    // Courses or education still a placeholder of mentor init: nothing to judge by.
    if (isPlaceholder(t, 'courses') || (isPlaceholder(t, 'education') && (t.courses ?? []).length === 0)) continue;
    const courses = t.courses ?? [];
    const year = courses.length === 0 ? t.education.year : Math.max(...courses.map((c) => c.year));
    if (year > limit) continue;
    risks.push({ code: 'courses-outdated', person: personRef(ctx.ws, t.id), params: { year, basis: courses.length === 0 ? 'education' : 'course' } });
  }
  return risks;
}
