// Plan stage: one teacher as a mentor for one mentee — the hard requirements, then the score.

import { isPairActiveDuring, isPairActiveOn, pairLastDay } from '../model/pairs.js';
import type { Pair, Teacher } from '../model/types.js';
import type { Workspace } from '../model/workspace.js';
import { peakActivePairs } from '../model/pairs.js';
import { candidateReasons, type Reason } from './candidate-reasons.js';
import { isEmployedOn, isPedagogical } from '../model/mentor-need.js';
import { proposalPeriod, type PairPeriod } from './propose-pair.js';
import { experienceUnknown } from '../model/placeholders.js';

export interface Candidate {
  mentor: string;
  score: number;
  /** The weightiest first. */
  reasons: Reason[];
  /** The mentor's pairs active on the first day of the proposed pair. */
  load: number;
  /** The limit less the mentor's peak of simultaneous pairs over the proposed period (≥ 1). */
  capacityLeft: number;
}

/** A hard requirement the teacher fails; such a teacher is never ranked. */
export type ExclusionCode = 'not_pedagogical' | 'self' | 'not_employed' | 'at_capacity' | 'placeholder';

export interface Exclusion {
  code: ExclusionCode;
  params: Record<string, string | number>;
}

export interface Evaluation {
  mentor: string;
  /** Empty when the teacher meets every hard requirement; then `candidate` is set. */
  exclusions: Exclusion[];
  candidate?: Candidate;
}

/** What a mentor's record says, merged over the mentor's files (a duplicate is an error elsewhere). */
export interface MentorFacts {
  consent: { date: string } | undefined;
  expertise: string[];
  maxMentees: number | undefined;
  pairs: Pair[];
}

export interface MatchIndex {
  /** The first record of each id, ordered by id. */
  teachers: Teacher[];
  mentors: Map<string, MentorFacts>;
  /** Pairs by mentee id, with their mentor. */
  asMentee: Map<string, { mentor: string; pair: Pair }[]>;
}

export function indexForMatching(ws: Workspace): MatchIndex {
  const byId = new Map<string, Teacher>();
  for (const t of ws.teachers) if (!byId.has(t.value.id)) byId.set(t.value.id, t.value);
  const teachers = [...byId.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const mentors = new Map<string, MentorFacts>();
  const asMentee = new Map<string, { mentor: string; pair: Pair }[]>();
  for (const { value: m } of ws.mentors) {
    const facts = mentors.get(m.teacher) ?? { consent: undefined, expertise: [], maxMentees: undefined, pairs: [] };
    facts.consent ??= m.consent;
    facts.expertise.push(...(m.expertise ?? []));
    facts.maxMentees ??= m.max_mentees;
    facts.pairs.push(...m.pairs);
    mentors.set(m.teacher, facts);
    for (const pair of m.pairs) asMentee.set(pair.mentee, [...(asMentee.get(pair.mentee) ?? []), { mentor: m.teacher, pair }]);
  }
  return { teachers, mentors, asMentee };
}

export interface MatchContext {
  ws: Workspace;
  index: MatchIndex;
  today: string;
  year: string;
  mentee: Teacher;
  /** The mentee's side of the proposal: the period before the mentor's `left` caps it. */
  menteePeriod: PairPeriod;
  deficits: readonly string[];
}

export function evaluateCandidate(ctx: MatchContext, mentor: Teacher): Evaluation {
  const exclusions: Exclusion[] = [];
  if (!isPedagogical(mentor)) exclusions.push({ code: 'not_pedagogical', params: { position: mentor.position } });
  if (mentor.id === ctx.mentee.id) exclusions.push({ code: 'self', params: {} });
  // Her hire date or experience is still a placeholder of mentor init: not known, not weighed.
  if (experienceUnknown(mentor)) exclusions.push({ code: 'placeholder', params: {} });
  const period = proposalPeriod(ctx.year, ctx.today, ctx.mentee, mentor);
  if (!period || !isEmployedOn(mentor, period.start)) {
    const params = { start: ctx.menteePeriod.start, hired: mentor.hired, ...(mentor.left ? { left: mentor.left } : {}) };
    exclusions.push({ code: 'not_employed', params });
  }
  const facts = ctx.index.mentors.get(mentor.id);
  const max = facts?.maxMentees ?? ctx.ws.settings.mentor_max_mentees;
  const pairs = facts?.pairs ?? [];
  const peak = period ? peakActivePairs(pairs, period.start, period.end) : 0;
  if (peak >= max) exclusions.push({ code: 'at_capacity', params: { peak, max } });
  if (exclusions.length > 0 || !period) return { mentor: mentor.id, exclusions };

  const load = pairs.filter((p) => isPairActiveOn(p, period.start)).length;
  const mentoring = (ctx.index.asMentee.get(mentor.id) ?? []).find((m) => isPairActiveDuring(m.pair, period.start, period.end));
  const reasons = candidateReasons({
    mentee: ctx.mentee,
    mentor,
    start: period.start,
    minExperience: ctx.ws.settings.mentor_min_experience_years,
    consent: facts?.consent,
    expertise: facts?.expertise ?? [],
    deficits: ctx.deficits,
    load,
    max,
    ...(period.end < ctx.menteePeriod.end ? { leaves: period.end } : {}),
    ...(mentoring ? { mentoredBy: { mentor: mentoring.mentor, until: pairLastDay(mentoring.pair) } } : {}),
  });
  const score = reasons.reduce((sum, r) => sum + r.points, 0);
  return { mentor: mentor.id, exclusions, candidate: { mentor: mentor.id, score, reasons, load, capacityLeft: max - peak } };
}

/** Score descending, then the lighter load, then id: a total order, so the ranking is deterministic. */
export function compareCandidates(a: Candidate, b: Candidate): number {
  return b.score - a.score || a.load - b.load || (a.mentor < b.mentor ? -1 : a.mentor > b.mentor ? 1 : 0);
}
