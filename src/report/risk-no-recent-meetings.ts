// Report stage, risk 'no-recent-meetings': a pair with a route whose mentor and mentee have not met lately.

import { academicYearOf, addDays } from '../model/dates.js';
import { isPairActiveOn } from '../model/pairs.js';
import { allPairs } from './mentoring-pairs.js';
import { personRef } from './people.js';
import type { RiskContext } from './risk-context.js';
import type { Risk } from './types.js';

/** The days without a meeting that make a risk. */
export const MEETING_GAP_DAYS = 30;

/**
 * A pair active on as_of, with a route for that academic year, and no meeting of the route in the
 * MEETING_GAP_DAYS days ending on as_of. A pair younger than that has had no time to miss one.
 * The person is the mentee; params: the last meeting before (if any), the mentor.
 */
export function findNoRecentMeetings(ctx: RiskContext): Risk[] {
  const windowStart = addDays(ctx.day, -(MEETING_GAP_DAYS - 1));
  const year = academicYearOf(ctx.day);
  const risks: Risk[] = [];
  for (const { mentor, pair } of allPairs(ctx.ws)) {
    if (!isPairActiveOn(pair, ctx.day) || pair.start >= windowStart) continue;
    const route = ctx.ws.routes.find((r) => r.value.teacher === pair.mentee && r.value.year === year);
    if (route === undefined) continue;
    const held = (route.value.meetings ?? []).map((m) => m.date).filter((d) => d <= ctx.day);
    if (held.some((d) => d >= windowStart)) continue;
    const last = held.sort().at(-1);
    const params: Risk['params'] = { mentor: personRef(ctx.ws, mentor).name };
    if (last !== undefined) params['last'] = last;
    risks.push({ code: 'no-recent-meetings', person: personRef(ctx.ws, pair.mentee), params });
  }
  return risks;
}
