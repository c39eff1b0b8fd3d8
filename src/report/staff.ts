// Report stage: who counts in a period — the pedagogical staff and its young specialists.

import { experienceOn } from '../model/dates.js';
import type { Settings, Teacher } from '../model/types.js';
import type { Workspace } from '../model/workspace.js';
import { isPedagogical } from '../model/mentor-need.js';
import { experienceUnknown, isPlaceholder } from '../model/placeholders.js';
import { maxDate, overlapsPeriod } from './report-days.js';
import type { Period } from './types.js';

/** Employed on some day of the period: hired ≤ end and (no left or left ≥ start). */
export function isEmployedDuring(teacher: Teacher, period: Period): boolean {
  // A placeholder hire date (the day of mentor init) says nothing: she works here, so she counts.
  const hired = isPlaceholder(teacher, 'hired') ? period.start : teacher.hired;
  return overlapsPeriod(hired, teacher.left ?? period.end, period);
}

/** Pedagogical teachers (not junior educators) employed on some day of the period: every coverage denominator's pool. */
export function pedagogicalStaff(ws: Workspace, period: Period): Teacher[] {
  return ws.teachers.map((t) => t.value).filter((t) => isPedagogical(t) && isEmployedDuring(t, period));
}

/**
 * The day a teacher's experience is judged on: the report's as-of date (`asOf`, default the
 * period's end), or the hire date when later. One day for every output of a report.
 */
export function experienceDay(teacher: Teacher, period: Period, asOf: string = period.end): string {
  return maxDate(asOf, teacher.hired);
}

/** Pedagogical experience on that day, in years. */
export function periodExperience(teacher: Teacher, period: Period, asOf?: string): number {
  return experienceOn(teacher.experience, experienceDay(teacher, period, asOf));
}

/** A young specialist on the as-of date: experience on it below the setting (never when it is a placeholder). */
export function isYoungSpecialist(teacher: Teacher, period: Period, settings: Settings, asOf?: string): boolean {
  // Placeholder experience (0 years on the day of mentor init) is not known experience.
  if (experienceUnknown(teacher)) return false;
  return periodExperience(teacher, period, asOf) < settings.young_specialist_max_years;
}
