// Model: who should have a mentor — young specialists and new employees — and why.

import { dayNumber, experienceOn } from './dates.js';
import { experienceUnknown } from './placeholders.js';
import { NON_PEDAGOGICAL_POSITIONS, type Settings, type Teacher } from './types.js';

/** Why a teacher needs a mentor; the CLI words each code from src/plan/match-messages.ts. */
export type NeedCode = 'young_specialist' | 'newcomer';

export interface NeedReason {
  code: NeedCode;
  params: Record<string, string | number>;
}

/** A new employee is one hired fewer than this many days ago. */
export const NEWCOMER_DAYS = 365;

export function isPedagogical(teacher: Teacher): boolean {
  return !NON_PEDAGOGICAL_POSITIONS.has(teacher.position);
}

/** Employed on the day: hired on or before it, and not yet gone (the day of leaving still counts). */
export function isEmployedOn(teacher: Teacher, day: string): boolean {
  return teacher.hired <= day && (teacher.left === undefined || teacher.left >= day);
}

/**
 * The reasons a teacher should have a mentor on `day`: pedagogical experience below
 * `young_specialist_max_years`, or hired within the last year. Empty for a teacher who is not
 * pedagogical, not employed that day, whose hire date or experience is a placeholder, or who
 * needs none.
 */
export function mentorNeeds(teacher: Teacher, settings: Settings, day: string): NeedReason[] {
  // Placeholders of mentor init (hired today, 0 years) would make anyone a young newcomer.
  if (!isPedagogical(teacher) || !isEmployedOn(teacher, day) || experienceUnknown(teacher)) return [];
  const reasons: NeedReason[] = [];
  const years = experienceOn(teacher.experience, day);
  const max = settings.young_specialist_max_years;
  if (years < max) reasons.push({ code: 'young_specialist', params: { years: floorToTenth(years), max } });
  const days = dayNumber(day) - dayNumber(teacher.hired);
  if (days < NEWCOMER_DAYS) reasons.push({ code: 'newcomer', params: { hired: teacher.hired, days } });
  return reasons;
}

/** Rounds down, so 2.96 years shows as 2.9 and never as the threshold 3 it falls short of. */
export function floorToTenth(years: number): number {
  return Math.floor(years * 10 + 1e-9) / 10;
}
