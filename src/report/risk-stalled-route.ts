// Report stage, risk 'stalled-route': a route in progress with no item done and no meeting lately.

import { addDays } from '../model/dates.js';
import type { RouteRecord } from '../model/types.js';
import { personRef } from './people.js';
import { maxDate } from './report-days.js';
import { hasLeftBefore } from './risk-overdue-items.js';
import type { RiskContext } from './risk-context.js';
import type { Risk } from './types.js';

/** The quiet spell, in days, after which a route counts as stalled. */
export const STALLED_DAYS = 45;

/**
 * A route whose period covers the STALLED_DAYS days ending on the state day, with no item done and
 * no meeting in them; `since` is the last such event on or before the day, else the route's start.
 */
export function findStalledRoutes(ctx: RiskContext): Risk[] {
  const windowStart = addDays(ctx.day, -(STALLED_DAYS - 1));
  const risks: Risk[] = [];
  for (const { value: route } of ctx.ws.routes) {
    const { start, end } = route.period;
    // A route younger than the spell cannot have stalled yet.
    if (!(start <= windowStart && ctx.day <= end) || hasLeftBefore(ctx, route.teacher)) continue;
    const since = lastActivity(route, ctx.day);
    if (since !== undefined && since >= windowStart) continue;
    risks.push({ code: 'stalled-route', person: personRef(ctx.ws, route.teacher), params: { since: since ?? start } });
  }
  return risks;
}

/** The latest day on or before `day` with an item done or a meeting held. */
function lastActivity(route: RouteRecord, day: string): string | undefined {
  const days = [
    ...route.items.flatMap((i) => (i.status === 'done' && i.done_on !== undefined ? [i.done_on] : [])),
    ...(route.meetings ?? []).map((m) => m.date),
  ].filter((d) => d <= day);
  return days.length === 0 ? undefined : days.reduce(maxDate);
}
