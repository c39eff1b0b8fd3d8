// Validate stage: a mentor leads at most `max_mentees` pairs at once (the model regulation says 2).

import { dayNumber, isoFromDayNumber } from '../../model/dates.js';
import { pairLastDay } from '../../model/pairs.js';
import type { MentorRecord, Pair } from '../../model/types.js';
import type { Loaded, Workspace } from '../../model/workspace.js';
import { problem, type Problem } from '../problem.js';
import type { Rule } from './rule.js';

const ID = 'mentor-over-capacity';

export const mentorOverCapacity: Rule = { id: ID, severity: 'error', check: checkCapacity };

function checkCapacity(ws: Workspace): Problem[] {
  const problems: Problem[] = [];
  for (const m of ws.mentors) {
    const found = checkMentorCapacity(m, m.value.max_mentees ?? ws.settings.mentor_max_mentees);
    if (found) problems.push(found);
  }
  return problems;
}

interface PairEvent {
  day: number;
  delta: 1 | -1;
  index: number;
}

/**
 * Sweeps the mentor's pair starts and ends in day order and reports the first day the count of
 * active pairs exceeds the limit, once per mentor, at the start of the pair that crossed it.
 */
export function checkMentorCapacity(m: Loaded<MentorRecord>, max: number): Problem | undefined {
  const events = pairEvents(m.value.pairs);
  let count = 0;
  for (const [k, event] of events.entries()) {
    count += event.delta;
    if (count <= max) continue;
    // Count the other pairs starting that same day too, so the message gives the day's full number.
    for (let j = k + 1; events[j]?.day === event.day; j++) count += events[j]!.delta;
    const params = { mentor: m.value.teacher, count, max, date: isoFromDayNumber(event.day) };
    return problem(ID, 'error', m.file, `/pairs/${event.index}/start`, params);
  }
  return undefined;
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
function pairEvents(pairs: readonly Pair[], from = -Infinity, to = Infinity): PairEvent[] {
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
