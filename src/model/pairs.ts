// Model stage: facts about mentoring pairs that several rules and reports share.

import { dayNumber } from './dates.js';
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

export interface PairEvent {
  day: number;
  delta: 1 | -1;
  index: number;
}

/** The most pairs active on one day of [from, to] (ISO dates, both included): a mentor's peak load. */
export function peakActivePairs(pairs: readonly Pair[], from: string, to: string): number {
  let count = 0;
  let peak = 0;
  for (const event of pairEvents(pairs, dayNumber(from), dayNumber(to))) {
    count += event.delta;
    if (count > peak) peak = count;
  }
  return peak;
}

/** Each pair's first day (+1) and the day after its last (−1), clipped to [from, to], in sweep order. */
export function pairEvents(pairs: readonly Pair[], from = -Infinity, to = Infinity): PairEvent[] {
  const events: PairEvent[] = [];
  pairs.forEach((pair, index) => {
    const first = Math.max(dayNumber(pair.start), from);
    const last = Math.min(dayNumber(pairLastDay(pair)), to);
    // A reversed pair is never active (pair-end-before-start reports it); nor is one outside the range.
    if (last < first) return;
    events.push({ day: first, delta: 1, index }, { day: last + 1, delta: -1, index });
  });
  // Ends (on the day after the last day) sort before starts of the same day: a pair may begin the
  // day after another ends without the two counting together.
  events.sort((a, b) => a.day - b.day || a.delta - b.delta || a.index - b.index);
  return events;
}
