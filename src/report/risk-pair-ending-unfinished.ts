// Report stage, risk 'pair-ending-unfinished': a pair about to end while its mentee's route is open.

import { academicYearOf, addDays } from '../model/dates.js';
import { isPairActiveOn, pairLastDay } from '../model/pairs.js';
import { isOpenOn } from './item-status.js';
import { allPairs } from './mentoring-pairs.js';
import { personRef } from './people.js';
import type { RiskContext } from './risk-context.js';
import type { Risk } from './types.js';

/** How far ahead, in days, an ending pair is looked for. */
export const ENDING_WITHIN_DAYS = 30;

/**
 * A pair active on the state day whose last day is at most ENDING_WITHIN_DAYS after it, while the
 * mentee's route of the academic year holding that last day still has items planned or in
 * progress. The person is the mentee; params name the last day, the open count and the mentor.
 */
export function findPairsEndingUnfinished(ctx: RiskContext): Risk[] {
  const horizon = addDays(ctx.day, ENDING_WITHIN_DAYS);
  const risks: Risk[] = [];
  for (const { mentor, pair } of allPairs(ctx.ws)) {
    const end = pairLastDay(pair);
    if (!isPairActiveOn(pair, ctx.day) || end > horizon) continue;
    const year = academicYearOf(end);
    const route = ctx.ws.routes.find((r) => r.value.teacher === pair.mentee && r.value.year === year);
    const open = route?.value.items.filter((i) => isOpenOn(i, ctx.day)).length ?? 0;
    if (open === 0) continue;
    const params = { end, open, mentor: personRef(ctx.ws, mentor).name };
    risks.push({ code: 'pair-ending-unfinished', person: personRef(ctx.ws, pair.mentee), params });
  }
  return risks;
}
