// Report stage, risks 'category-expiring' and 'category-expired': a first or highest category's five years.

import { addDays, addYears } from '../model/dates.js';
import type { Teacher } from '../model/types.js';
import { isEmployedOn, isPedagogical } from '../model/mentor-need.js';
import { isPlaceholder } from '../model/placeholders.js';
import { personRef } from './people.js';
import type { RiskContext } from './risk-context.js';
import type { Risk } from './types.js';

/** A category is awarded for this many years (Порядок аттестации, приказ № 196 от 24.03.2023). */
export const CATEGORY_YEARS = 5;
/** The fields a category risk is judged by: a placeholder in any of them leaves it out. */
const CATEGORY_FIELDS = ['category', 'category_date', 'category_valid_until'];
/** How far ahead an expiry is looked for, in months. */
export const EXPIRING_WITHIN_MONTHS = 6;

/**
 * The last day a first or highest category is valid: `category_valid_until` when given, else the
 * day before the fifth anniversary of `category_date`; undefined without either.
 */
export function categoryLastDay(t: Teacher): string | undefined {
  if (t.category !== 'first' && t.category !== 'highest') return undefined;
  if (t.category_valid_until !== undefined) return t.category_valid_until;
  return t.category_date === undefined ? undefined : addDays(addYears(t.category_date, CATEGORY_YEARS), -1);
}

/**
 * A pedagogical teacher employed on as_of whose category's last day is before as_of (expired) or
 * on it or within six months after it (expiring). Params: category, until (the last day).
 */
export function findCategoryRisks(ctx: RiskContext): Risk[] {
  const horizon = addMonths(ctx.day, EXPIRING_WITHIN_MONTHS);
  const risks: Risk[] = [];
  for (const { value: t } of ctx.ws.teachers) {
    if (!isPedagogical(t) || !isEmployedOn(t, ctx.day)) continue;
    if (CATEGORY_FIELDS.some((field) => isPlaceholder(t, field))) continue;
    const until = categoryLastDay(t);
    if (until === undefined || until > horizon) continue;
    const code = until < ctx.day ? 'category-expired' : 'category-expiring';
    risks.push({ code, person: personRef(ctx.ws, t.id), params: { category: t.category, until } });
  }
  return risks;
}

/** The same day `months` later, clamped to the month's end (08-31 + 6 months = 02-28). */
function addMonths(iso: string, months: number): string {
  const y = Number(iso.slice(0, 4));
  const m = Number(iso.slice(5, 7)) - 1 + months;
  const year = y + Math.floor(m / 12);
  const month = (m % 12) + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const day = Math.min(Number(iso.slice(8, 10)), last);
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
