// Report stage: the days a report counts on, derived from the period and today.

import { addDays } from '../model/dates.js';
import type { Period } from './types.js';

export function minDate(a: string, b: string): string {
  return a < b ? a : b;
}

export function maxDate(a: string, b: string): string {
  return a > b ? a : b;
}

/** True when `day` is one of the period's days (both ends included). */
export function isInPeriod(day: string, period: Period): boolean {
  return period.start <= day && day <= period.end;
}

/** True when [from, to] shares at least one day with the period. */
export function overlapsPeriod(from: string, to: string, period: Period): boolean {
  return from <= period.end && to >= period.start;
}

/**
 * The report's as-of date: today, or the period's last day for a past period. Nothing after it
 * counts as having happened, so a past period's report reads the same whenever it is made.
 */
export function asOfDay(period: Pick<Period, 'end'>, today: string): string {
  return minDate(today, period.end);
}

/** The same as asOfDay: the day the state of pairs, routes and people is read on. */
export const stateDay = asOfDay;

/** The days every figure is counted over: [period start, as_of]. */
export function countedPeriod(period: Period, today: string): Period {
  return { ...period, end: asOfDay(period, today) };
}

/** Items due before this day and still open are overdue: today, or the day after a past period. */
export function overdueCutoff(period: Period, today: string): string {
  return minDate(today, addDays(period.end, 1));
}
