// Report stage, risk 'overdue-items': a mentee with several overdue route items.

import { groupBy } from './group-by.js';
import { isOverdueOn } from './item-status.js';
import { personRef, teacherOf } from './people.js';
import { overlapsPeriod } from './report-days.js';
import type { RiskContext } from './risk-context.js';
import type { Risk } from './types.js';

/** The fewest overdue items that make a risk: one late item is a slip, two are a pattern. */
export const OVERDUE_ITEMS_MIN = 2;

/**
 * A mentee with OVERDUE_ITEMS_MIN or more items overdue on the cutoff day, counted over every item
 * (whatever its due date) of their routes whose period overlaps the report period.
 */
export function findOverdueItems(ctx: RiskContext): Risk[] {
  // A teacher who left before as_of is no overdue risk: her unfinished items are stated with her
  // pair's early end (see the pairs' `unfinished`).
  const routes = ctx.ws.routes.filter(
    (r) => overlapsPeriod(r.value.period.start, r.value.period.end, ctx.period) && !hasLeftBefore(ctx, r.value.teacher),
  );
  const risks: Risk[] = [];
  for (const [mentee, group] of groupBy(routes, (r) => r.value.teacher)) {
    const count = group.flatMap((r) => r.value.items).filter((i) => isOverdueOn(i, ctx.cutoff, ctx.day)).length;
    if (count >= OVERDUE_ITEMS_MIN) risks.push({ code: 'overdue-items', person: personRef(ctx.ws, mentee), params: { count } });
  }
  return risks;
}

/** True when the teacher's `left` date is before as_of. */
export function hasLeftBefore(ctx: RiskContext, id: string): boolean {
  const left = teacherOf(ctx.ws, id)?.left;
  return left !== undefined && left < ctx.day;
}
