// Validate stage: a mentor leads at most `max_mentees` pairs at once (the model regulation says 2).

import { isoFromDayNumber } from '../../model/dates.js';
import { pairEvents } from '../../model/pairs.js';
import type { MentorRecord } from '../../model/types.js';
import type { Loaded } from '../../model/workspace.js';
import { defineRule, type Finding } from './rule.js';

export const mentorOverCapacity = defineRule('mentor-over-capacity', 'error', function* (ws) {
  for (const m of ws.mentors) {
    const found = checkMentorCapacity(m, m.value.max_mentees ?? ws.settings.mentor_max_mentees);
    if (found) yield found;
  }
});

/**
 * Sweeps the mentor's pair starts and ends in day order and reports the first day the count of
 * active pairs exceeds the limit, once per mentor, at the start of the pair that crossed it.
 */
export function checkMentorCapacity(m: Loaded<MentorRecord>, max: number): Finding<'mentor-over-capacity'> | undefined {
  const events = pairEvents(m.value.pairs);
  let count = 0;
  for (const [k, event] of events.entries()) {
    count += event.delta;
    if (count <= max) continue;
    // Count the other pairs starting that same day too, so the message gives the day's full number.
    for (let j = k + 1; events[j]?.day === event.day; j++) count += events[j]!.delta;
    const params = { mentor: m.value.teacher, count, max, date: isoFromDayNumber(event.day) };
    return { file: m.file, pointer: `/pairs/${event.index}/start`, params };
  }
  return undefined;
}
