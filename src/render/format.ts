// Render stage: Russian forms of dates, periods, durations and the «Отметка о выполнении» of an item.

import { pluralRu } from '../model/russian.js';
import { formatDateLong, formatDateShort, monthName, MONTHS_GENITIVE } from '../model/russian.js';
import type { RouteItem } from '../model/types.js';

function parts(iso: string): { year: number; month: number; day: number } {
  return { year: Number(iso.slice(0, 4)), month: Number(iso.slice(5, 7)), day: Number(iso.slice(8, 10)) };
}

export { formatDateLong, formatDateShort };


/** `2025-09-19` → “19” сентября 2025 г., the form under a signature. */
export function formatDateQuoted(iso: string): string {
  const { year, month, day } = parts(iso);
  return `“${String(day).padStart(2, '0')}” ${MONTHS_GENITIVE[month - 1] ?? '?'} ${year}${NBSP_DATE}г.`;
}

const NBSP_DATE = '\u00a0';

/** The line left for a handwritten date under a signature, as signed documents print it. */
export const BLANK_DATE_LINE = '“__” ______ 20__\u00a0г.';

function isMonthEnd(iso: string): boolean {
  const { year, month, day } = parts(iso);
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

/** A decimal with a Russian comma: 2.5 → «2,5». */
export function formatNumber(n: number): string {
  return String(n).replace('.', ',');
}

/**
 * Years of experience: «0 лет», «1 год», «2,5 года», «21 год». Experience counts completed time,
 * so it is rounded down to half a year (2.97 → «2,5 года»), never up.
 */
export function formatYears(years: number): string {
  const halves = Math.floor(Math.max(0, years) * 2 + 1e-6) / 2;
  return `${formatNumber(halves)} ${pluralRu(halves, 'год', 'года', 'лет')}`;
}

/** Minutes as «45 мин», «1 ч 30 мин», «2 ч», with non-breaking spaces. */
export function formatMinutes(total: number): string {
  const hours = Math.floor(total / 60);
  const minutes = total % 60;
  // Non-breaking: a number never wraps away from its unit («7 ч 10 мин» stays whole).
  if (hours === 0) return `${minutes}\u00a0мин`;
  return minutes === 0 ? `${hours}\u00a0ч` : `${hours}\u00a0ч\u00a0${minutes}\u00a0мин`;
}

/** A count with its noun: (9, 'встреча', 'встречи', 'встреч') → «9 встреч». */
export function formatCount(n: number, one: string, few: string, many: string): string {
  return `${n} ${pluralRu(n, one, few, many)}`;
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

const NBSP = '\u00a0';

/**
 * «Иванова Мария Алексеевна» → «М. А. Иванова», the form beside a signature line. The spaces are
 * non-breaking: initials must not wrap away from the surname.
 */
export function formatInitials(fullName: string): string {
  const [surname, ...given] = fullName.trim().split(/\s+/);
  if (surname === undefined || given.length === 0) return fullName.trim();
  return [...given.map((name) => `${name.charAt(0)}.`), surname].join(NBSP);
}

/** A self-assessment score on 0–2 as Russian prints it: 0,5. */
export function formatScore(score: number): string {
  return (Math.round(score * 10) / 10).toFixed(1).replace('.', ',');
}
