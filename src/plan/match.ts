// Plan stage: `mentor plan --suggest-mentors` — who needs a mentor, and the best candidates for each.

import { academicYearBounds } from '../model/dates.js';
import { isPairActiveDuring, isPairActiveOn } from '../model/pairs.js';
import type { Teacher } from '../model/types.js';
import type { Workspace } from '../model/workspace.js';
import { deficitsOf } from './deficits.js';
import { CandidateRanker } from './rank-candidates.js';
import {
  evaluateCandidate,
  indexForMatching,
  type Candidate,
  type Evaluation,
  type MatchContext,
  type MatchIndex,
} from './evaluate-candidate.js';
import { mentorNeeds, type NeedReason } from '../model/mentor-need.js';
import { proposalPeriod, type PairPeriod } from './propose-pair.js';

export type { Candidate, Evaluation, Exclusion, ExclusionCode } from './evaluate-candidate.js';
export type { Reason, ReasonCode } from './candidate-reasons.js';
export type { NeedCode, NeedReason } from '../model/mentor-need.js';

export interface MatchOptions {
  /** `YYYY-MM-DD`: the day the need and the load are judged on. */
  today: string;
  /** The academic year of the proposed pairs, `"2025/2026"`. */
  year: string;
  /** Direction codes in catalog order, to break ties between equally severe deficits. */
  directionOrder: readonly string[];
}

export interface MenteeSuggestion {
  mentee: string;
  reasons: NeedReason[];
  /** The mentee's deficits (direction codes), most severe first; empty when not assessed. */
  deficits: string[];
  /** The proposed pair's period on the mentee's side; a leaving mentor ends it earlier. */
  period: PairPeriod;
  /** The best candidates, at most MAX_CANDIDATES, best first. */
  candidates: Candidate[];
}

export const MAX_CANDIDATES = 5;

/**
 * Every teacher who should have a mentor and has none, by id, each with the ranked candidates.
 * The need is judged on today, or on the year's first day when the year is still ahead; a pair
 * counts when it is active on today, or anywhere in the rest of the year when the year is ahead.
 * A year already over needs nothing.
 */
export function suggestMentors(ws: Workspace, options: MatchOptions): MenteeSuggestion[] {
  const bounds = academicYearBounds(options.year);
  if (options.today > bounds.end) return [];
  const day = options.today > bounds.start ? options.today : bounds.start;
  const index = indexForMatching(ws);
  const ranker = new CandidateRanker(index.teachers);
  const suggestions: MenteeSuggestion[] = [];
  for (const mentee of index.teachers) {
    const reasons = mentorNeeds(mentee, ws.settings, day);
    const period = proposalPeriod(options.year, options.today, mentee);
    if (reasons.length === 0 || !period || hasMentor(index, mentee.id, options.today, period)) continue;
    const ctx = matchContext(ws, index, mentee, period, options);
    const candidates = ranker.top(ctx, MAX_CANDIDATES);
    suggestions.push({ mentee: mentee.id, reasons, deficits: [...ctx.deficits], period, candidates });
  }
  return suggestions;
}

/**
 * One teacher as the mentor of one mentee, whether or not either appears in the suggestions:
 * what `--assign` checks before it writes. Undefined when either id is not a teacher, or nothing
 * of the year is left for the mentee.
 */
export function evaluateMentor(ws: Workspace, mentee: string, mentor: string, options: MatchOptions): Evaluation | undefined {
  const index = indexForMatching(ws);
  const menteeRecord = index.teachers.find((t) => t.id === mentee);
  const mentorRecord = index.teachers.find((t) => t.id === mentor);
  if (!menteeRecord || !mentorRecord) return undefined;
  const period = proposalPeriod(options.year, options.today, menteeRecord);
  if (!period) return undefined;
  return evaluateCandidate(matchContext(ws, index, menteeRecord, period, options), mentorRecord);
}

function matchContext(ws: Workspace, index: MatchIndex, mentee: Teacher, period: PairPeriod, options: MatchOptions): MatchContext {
  const deficits = deficitsOf(ws, mentee.id, options.year, options.directionOrder).deficits.map((d) => d.direction);
  return { ws, index, today: options.today, year: options.year, mentee, menteePeriod: period, deficits };
}

/** A pair active today — or, when the year has not begun, anywhere in the proposed period. */
function hasMentor(index: MatchIndex, mentee: string, today: string, period: PairPeriod): boolean {
  const pairs = index.asMentee.get(mentee) ?? [];
  if (today >= period.start) return pairs.some(({ pair }) => isPairActiveOn(pair, today));
  return pairs.some(({ pair }) => isPairActiveDuring(pair, period.start, period.end));
}
