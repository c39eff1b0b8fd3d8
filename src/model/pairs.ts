// Model stage: facts about mentoring pairs that several rules and reports share.

import type { Pair } from './types.js';

/** The last day a pair is active: the early end when there is one, else the planned end. */
export function pairLastDay(pair: Pair): string {
  return pair.ended_early?.date ?? pair.end;
}

/** A pair is active on day D when start ≤ D ≤ last day (ISO strings compare as dates). */
export function isPairActiveOn(pair: Pair, day: string): boolean {
  return pair.start <= day && day <= pairLastDay(pair);
}

/** True when the pair is active on some day of [from, to]. */
export function isPairActiveDuring(pair: Pair, from: string, to: string): boolean {
  return pair.start <= to && pairLastDay(pair) >= from;
}
