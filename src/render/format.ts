// Render stage: the forms of a document's deadlines, periods, durations, scores and the «Отметка о
// выполнении» of an item, from the Russian forms of model/russian.ts.

import { decimalComma, formatDateLong, formatDateShort, monthName, NBSP, yearsRu } from '../model/russian.js';
import type { RouteItem } from '../model/types.js';

/** The line left for a handwritten date under a signature, as signed documents print it. */
export const BLANK_DATE_LINE = `“__” ______ 20__${NBSP}г.`;

function isMonthEnd(iso: string): boolean {
  const [year, month, day] = [iso.slice(0, 4), iso.slice(5, 7), iso.slice(8, 10)].map(Number) as [number, number, number];
  return day === new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * The «Сроки» of an item. Routes plan by month, so a month-end deadline reads «ноябрь 2025»;
 * any other day is a real deadline and prints as «до 15.10.2025».
 */
export function formatDue(iso: string): string {
  return isMonthEnd(iso) ? monthName(iso) : `до ${formatDateShort(iso)}`;
}

/** «с 15 сентября 2025 г. по 31 мая 2026 г.» */
export function formatPeriod(start: string, end: string): string {
  return `с ${formatDateLong(start)} по ${formatDateLong(end)}`;
}

/**
 * Years of experience: «0 лет», «1 год», «2,5 года», «21 год». Experience counts completed time,
 * so it is rounded down to half a year (2.97 → «2,5 года»), never up.
 */
export function formatYears(years: number): string {
  const halves = Math.floor(Math.max(0, years) * 2 + 1e-6) / 2;
  return yearsRu(halves);
}

/** Minutes as «45 мин», «1 ч 30 мин», «2 ч», with non-breaking spaces. */
export function formatMinutes(total: number): string {
  const hours = Math.floor(total / 60);
  const minutes = total % 60;
  // Non-breaking: a number never wraps away from its unit («7 ч 10 мин» stays whole).
  if (hours === 0) return `${minutes}${NBSP}мин`;
  return minutes === 0 ? `${hours}${NBSP}ч` : `${hours}${NBSP}ч${NBSP}${minutes}${NBSP}мин`;
}

/**
 * «Отметка о выполнении». A planned item prints an empty cell: the printed route is marked by
 * hand as the year goes on.
 */
export function formatItemMark(item: Pick<RouteItem, 'status' | 'done_on'>): string {
  switch (item.status) {
    case 'done':
      return item.done_on === undefined ? 'выполнено' : `выполнено ${formatDateShort(item.done_on)}`;
    case 'in_progress':
      return 'в работе';
    case 'cancelled':
      return 'отменено';
    case 'planned':
      return '';
  }
}

/** A self-assessment score on 0–2 as Russian prints it: 0,5. */
export function formatScore(score: number): string {
  return decimalComma((Math.round(score * 10) / 10).toFixed(1));
}
