// Report stage, risk 'pair-without-route': a pair fixed weeks ago whose mentee still has no ИОМ.

import { academicYearOf, addDays } from '../model/dates.js';
import { isPairActiveOn } from '../model/pairs.js';
import { allPairs } from './mentoring-pairs.js';
import { personRef } from './people.js';
import type { RiskContext } from './risk-context.js';
import type { Risk } from './types.js';

/** The days a new pair has to draw up its route before the lack of one is a risk. */
export const ROUTE_GRACE_DAYS = 14;

/**
 * A pair active on as_of that started more than ROUTE_GRACE_DAYS days before it, whose mentee has
 * no route for the academic year of as_of. The person is the mentee; params: start, mentor.
 */
export function findPairsWithoutRoute(ctx: RiskContext): Risk[] {
  const latestStart = addDays(ctx.day, -(ROUTE_GRACE_DAYS + 1));
  const year = academicYearOf(ctx.day);
  const risks: Risk[] = [];
  for (const { mentor, pair } of allPairs(ctx.ws)) {
    if (!isPairActiveOn(pair, ctx.day) || pair.start > latestStart) continue;
    if (ctx.ws.routes.some((r) => r.value.teacher === pair.mentee && r.value.year === year)) continue;
    risks.push({
      code: 'pair-without-route',
      person: personRef(ctx.ws, pair.mentee),
      params: { start: pair.start, mentor: personRef(ctx.ws, mentor).name },
    });
  }
  return risks;
}
