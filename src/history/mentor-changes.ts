// History stage: what changed in a mentor's pairs between two versions — a pair added, ended
// early, removed. Pure.

import { asList, asRecord, makeChange, partChanges, text, type Change } from './change.js';

interface PairState {
  mentee: string;
  start?: string;
  end?: string;
  endedEarly?: string;
  reason?: string;
}

/**
 * Pairs keyed by mentee and how many pairs with that mentee came before (`ivanova-ma#2` for the
 * second), so that a pair whose dates are corrected stays the same pair.
 */
function pairs(mentor: Record<string, unknown> | undefined): Map<string, PairState> {
  const found = new Map<string, PairState>();
  const seen = new Map<string, number>();
  for (const entry of asList(mentor?.['pairs'])) {
    const pair = asRecord(entry);
    const mentee = text(pair?.['mentee']);
    if (pair === undefined || mentee === undefined) continue;
    const n = (seen.get(mentee) ?? 0) + 1;
    seen.set(mentee, n);
    const ended = asRecord(pair['ended_early']);
    const state: PairState = { mentee };
    const fields = { start: text(pair['start']), end: text(pair['end']), endedEarly: text(ended?.['date']), reason: text(ended?.['reason']) };
    for (const [key, value] of Object.entries(fields)) if (value !== undefined) state[key as keyof typeof fields] = value;
    found.set(`${mentee}#${n}`, state);
  }
  return found;
}

export function mentorChanges(before: Record<string, unknown> | undefined, after: Record<string, unknown>): Change[] {
  return partChanges(pairs(before), pairs(after), {
    kept: (_key, pair, was) => [
      ...(was === undefined ? [makeChange('pair-added', { item: pair.mentee, from: pair.start, to: pair.end })] : []),
      ...(pair.endedEarly !== undefined && pair.endedEarly !== was?.endedEarly
        ? [makeChange('pair-ended-early', { item: pair.mentee, from: was?.endedEarly, to: pair.endedEarly, reason: pair.reason })]
        : []),
    ],
    removed: (_key, pair) => makeChange('pair-removed', { item: pair.mentee }),
  });
}
