// Plan stage: the soft criteria of a mentor candidate, each a reason with points; their sum ranks.

import { experienceOn } from '../model/dates.js';
import type { Teacher } from '../model/types.js';
import { MENTORING_LAW_FROM } from '../model/labour-code.js';
import { floorToTenth } from '../model/mentor-need.js';
import { arePositionsRelated } from './related-positions.js';

export type ReasonCode =
  | 'experience_ok'
  | 'experience_low'
  | 'consent'
  | 'no_consent'
  | 'same_position'
  | 'related_position'
  | 'expertise_match'
  | 'no_load'
  | 'has_load'
  | 'category'
  | 'leaves_early'
  | 'being_mentored';

export interface Reason {
  code: ReasonCode;
  points: number;
  params: Record<string, string | number>;
}

/** Points per criterion: experience and position weigh most, load and category least. */
export const POINTS = {
  experience_ok: 30,
  experience_low: -30,
  same_position: 25,
  related_position: 12,
  expertise_per_deficit: 8,
  consent: 10,
  no_consent: -10,
  no_load: 5,
  load_per_pair: -5,
  category: 5,
  leaves_early: -15,
  being_mentored: -20,
} as const;

/** Categories that show mentoring or methodical mastery. */
export const STRONG_CATEGORIES: ReadonlySet<string> = new Set(['highest', 'mentor', 'methodist']);

export interface CandidateFacts {
  mentee: Teacher;
  mentor: Teacher;
  /** First day of the proposed pair: experience is measured and consent needed from it. */
  start: string;
  minExperience: number;
  consent: { date: string } | undefined;
  expertise: readonly string[];
  /** The mentee's deficits, most severe first. */
  deficits: readonly string[];
  /** Pairs of the mentor active on `start`, and the mentor's limit. */
  load: number;
  max: number;
  /** Set when the mentor leaves before the mentee's proposed period ends. */
  leaves?: string;
  /** Set when the candidate is a mentee in a pair during the period. */
  mentoredBy?: { mentor: string; until: string };
}

/** Every reason that applies, the weightiest first (ties by code, so the order is stable). */
export function candidateReasons(f: CandidateFacts): Reason[] {
  const reasons: Reason[] = [experienceReason(f)];
  // Art. 351.8 asks for consent only from 2025-03-01; an earlier pair neither gains nor loses.
  if (f.start >= MENTORING_LAW_FROM) {
    if (f.consent) reasons.push({ code: 'consent', points: POINTS.consent, params: { date: f.consent.date } });
    else reasons.push({ code: 'no_consent', points: POINTS.no_consent, params: { since: MENTORING_LAW_FROM } });
  }
  const position = positionReason(f.mentor.position, f.mentee.position);
  if (position) reasons.push(position);
  const covered = f.deficits.filter((d) => f.expertise.includes(d));
  if (covered.length > 0) {
    const params = { count: covered.length, total: f.deficits.length, directions: covered.join(', ') };
    reasons.push({ code: 'expertise_match', points: POINTS.expertise_per_deficit * covered.length, params });
  }
  if (f.load === 0) reasons.push({ code: 'no_load', points: POINTS.no_load, params: { max: f.max } });
  else reasons.push({ code: 'has_load', points: POINTS.load_per_pair * f.load, params: { load: f.load, max: f.max } });
  if (STRONG_CATEGORIES.has(f.mentor.category)) {
    reasons.push({ code: 'category', points: POINTS.category, params: { category: f.mentor.category } });
  }
  if (f.leaves !== undefined) reasons.push({ code: 'leaves_early', points: POINTS.leaves_early, params: { left: f.leaves } });
  if (f.mentoredBy) reasons.push({ code: 'being_mentored', points: POINTS.being_mentored, params: { ...f.mentoredBy } });
  return reasons.sort((a, b) => b.points - a.points || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
}

function experienceReason(f: CandidateFacts): Reason {
  const years = experienceOn(f.mentor.experience, f.start);
  const params = { years: floorToTenth(years), min: f.minExperience };
  return years >= f.minExperience
    ? { code: 'experience_ok', points: POINTS.experience_ok, params }
    : { code: 'experience_low', points: POINTS.experience_low, params };
}

function positionReason(mentor: string, mentee: string): Reason | undefined {
  if (mentor === mentee) return { code: 'same_position', points: POINTS.same_position, params: { position: mentor } };
  if (!arePositionsRelated(mentor, mentee)) return undefined;
  return { code: 'related_position', points: POINTS.related_position, params: { position: mentor, mentee_position: mentee } };
}
