// Plan stage: the months a new route can use, and when each activity can be due at the earliest.

import { addDays } from '../model/dates.js';
import { dueDate, periodMonths } from './schedule.js';

export interface MonthSlots {
  /** Open months (`YYYY-MM`), summer left out, from the planning month on. */
  months: string[];
  periodEnd: string;
  /** The day the route is planned: lead times count from it. */
  planningDay: string;
  maxPerMonth: number;
}

/** Planned on a day inside the period, the route starts from that day's month; else from the period's start. */
export function monthSlots(period: { start: string; end: string }, today: string | undefined, maxPerMonth: number): MonthSlots {
  const inside = today !== undefined && today > period.start && today <= period.end;
  const planningDay = inside ? today : period.start;
  const from = planningDay.slice(0, 7);
  return { months: periodMonths(period.start, period.end).filter((m) => m >= from), periodEnd: period.end, planningDay, maxPerMonth };
}

/** Index of the first open month whose due date is at least `leadDays` after the planning day; -1 if none. */
export function earliestSlot(slots: MonthSlots, leadDays: number): number {
  const notBefore = addDays(slots.planningDay, leadDays);
  return slots.months.findIndex((m) => dueDate(m, slots.periodEnd) >= notBefore);
}

/**
 * Whether items with these earliest month indices all fit, at most `maxPerMonth` a month: for
 * every month, the items that cannot start before it fit into it and the months after (Hall).
 */
export function fitsSlots(slots: MonthSlots, earliest: readonly number[]): boolean {
  if (earliest.some((e) => e < 0)) return false;
  const n = slots.months.length;
  const from = new Array<number>(n).fill(0);
  for (const e of earliest) from[e]! += 1;
  let pending = 0;
  for (let j = n - 1; j >= 0; j--) {
    pending += from[j]!;
    if (pending > (n - j) * slots.maxPerMonth) return false;
  }
  return true;
}

/** Academic position of a month: September 0 … May 8 (June–August 9–11). */
export function academicIndex(month: number): number {
  return (month + 3) % 12;
}
