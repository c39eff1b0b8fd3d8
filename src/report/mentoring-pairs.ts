// Report stage: every mentoring pair of the workspace with its mentor, and a mentor's capacity.

import { isPairActiveDuring } from '../model/pairs.js';
import type { MentorRecord, Pair } from '../model/types.js';
import type { Workspace } from '../model/workspace.js';
import type { Period } from './types.js';

export interface MentoringPair {
  mentor: string;
  pair: Pair;
}

export function allPairs(ws: Workspace): MentoringPair[] {
  return ws.mentors.flatMap((m) => m.value.pairs.map((pair) => ({ mentor: m.value.teacher, pair })));
}

/** Pairs active on some day of the period: start ≤ period end and last day ≥ period start. */
export function pairsActiveDuring(ws: Workspace, period: Period): MentoringPair[] {
  return allPairs(ws).filter((p) => isPairActiveDuring(p.pair, period.start, period.end));
}

/** The most pairs a mentor may lead at once: their own `max_mentees`, else the setting. */
export function capacityOf(ws: Workspace, mentor: MentorRecord): number {
  return mentor.max_mentees ?? ws.settings.mentor_max_mentees;
}
