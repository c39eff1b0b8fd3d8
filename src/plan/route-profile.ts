// Plan stage: who a route is for — position, group, newcomer or young, role model, courses due.

import { experienceOn, yearsBetween } from '../model/dates.js';
import type { Pair, Settings, Teacher } from '../model/types.js';

export interface RouteProfile {
  position: string;
  hasGroup: boolean;
  /** The mentor has a group whose lessons the mentee can visit. */
  mentorHasGroup: boolean;
  /** Hired in this kindergarten less than one year before the route starts. */
  isNewcomer: boolean;
  /** A young specialist: experience at the route's start below `young_specialist_max_years`. */
  isYoung: boolean;
  /** The pair's role model (records.md roles). */
  role: string;
  /** The latest course (or education) is three or more years old by the route's end (ФЗ-273, ст. 47). */
  isCourseDue: boolean;
}

/** Specialists work with every group and have none of their own, whatever their `group` says (a «логопункт»). */
export const SPECIALIST_POSITIONS: ReadonlySet<string> = new Set(['music_director', 'pe_instructor', 'psychologist', 'speech_therapist', 'defectologist']);

/** A group of her own: a `group` and a post that has one. */
export function hasOwnGroup(teacher: Teacher | undefined): boolean {
  return teacher?.group !== undefined && !SPECIALIST_POSITIONS.has(teacher.position);
}

/** A refresher course at least once in three years: ФЗ-273 «Об образовании», ст. 47 ч. 5 п. 2. */
export const COURSE_EVERY_YEARS = 3;

export function routeProfile(
  mentee: Teacher | undefined,
  mentor: Teacher | undefined,
  pair: Pair,
  period: { start: string; end: string },
  settings: Settings,
): RouteProfile {
  const latestCourse = Math.max(mentee?.education.year ?? 0, ...(mentee?.courses ?? []).map((c) => c.year));
  return {
    position: mentee?.position ?? 'educator',
    hasGroup: hasOwnGroup(mentee),
    mentorHasGroup: hasOwnGroup(mentor),
    isNewcomer: mentee !== undefined && yearsBetween(mentee.hired, period.start) < 1,
    isYoung: mentee !== undefined && experienceOn(mentee.experience, period.start) < settings.young_specialist_max_years,
    role: pair.role,
    isCourseDue: Number(period.end.slice(0, 4)) - latestCourse >= COURSE_EVERY_YEARS,
  };
}
