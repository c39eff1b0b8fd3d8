// Report stage: who counts in a period — the pedagogical staff and its young specialists.

import { experienceOn } from '../model/dates.js';
import type { Settings, Teacher } from '../model/types.js';
import type { Workspace } from '../model/workspace.js';
import { isPedagogical } from '../plan/mentor-need.js';
import { maxDate, overlapsPeriod } from './report-days.js';
import type { Period } from './types.js';

/** Employed on some day of the period: hired ≤ end and (no left or left ≥ start). */
export function isEmployedDuring(teacher: Teacher, period: Period): boolean {
  return overlapsPeriod(teacher.hired, teacher.left ?? period.end, period);
}

/** Pedagogical teachers (not junior educators) employed on some day of the period: every coverage denominator's pool. */
export function pedagogicalStaff(ws: Workspace, period: Period): Teacher[] {
  return ws.teachers.map((t) => t.value).filter((t) => isPedagogical(t) && isEmployedDuring(t, period));
}

/** The day a teacher's experience is judged on for a period: its start, or their hire date when later. */
export function experienceDay(teacher: Teacher, period: Period): string {
  return maxDate(period.start, teacher.hired);
}

/** Pedagogical experience on that day, in years. */
export function periodExperience(teacher: Teacher, period: Period): number {
  return experienceOn(teacher.experience, experienceDay(teacher, period));
}

/** A young specialist of the period: experience on the later of period start and hire date below the setting. */
export function isYoungSpecialist(teacher: Teacher, period: Period, settings: Settings): boolean {
  return periodExperience(teacher, period) < settings.young_specialist_max_years;
}
