// Report stage: reporting periods — parsed from the command line, or the quarter of a day.

import { academicYearOf, addDays, isDateInRange, isRealDate } from '../model/dates.js';
import { formatDateLong, MONTHS_NOMINATIVE } from '../model/russian.js';
import type { Period } from './types.js';

const ROMAN = ['I', 'II', 'III', 'IV'];

/** The forms `--period` accepts, for the usage error. */
export const PERIOD_FORMS = ['2026Q1', '2026-Q1', '2025/2026', '2025/2026Q2', '2026-01', '2026-01-01..2026-03-31'];

/** Parses a `--period` value; undefined when it is none of the accepted forms, or outside 1900–2100. */
export function parsePeriod(text: string): Period | undefined {
  const period = parsePeriodForm(text);
  return period !== undefined && isDateInRange(period.start) && isDateInRange(period.end) ? period : undefined;
}

function parsePeriodForm(text: string): Period | undefined {
  const value = text.trim();
  let m = /^(\d{4})-?[Qq]([1-4])$/.exec(value);
  if (m) return calendarQuarter(Number(m[1]), Number(m[2]));
  m = /^(\d{4})\/(\d{4})$/.exec(value);
  if (m && Number(m[2]) === Number(m[1]) + 1) {
    const first = Number(m[1]);
    return { start: `${first}-09-01`, end: `${first + 1}-08-31`, label: `${first}/${first + 1} учебный год`, code: value, kind: 'academic-year' };
  }
  m = /^(\d{4})\/(\d{4})[Qq]([1-4])$/.exec(value);
  if (m && Number(m[2]) === Number(m[1]) + 1) return academicQuarter(Number(m[1]), Number(m[3]));
  m = /^(\d{4})-(\d{2})$/.exec(value);
  if (m && Number(m[2]) >= 1 && Number(m[2]) <= 12) return month(Number(m[1]), Number(m[2]));
  m = /^(\d{4}-\d{2}-\d{2})\.\.(\d{4}-\d{2}-\d{2})$/.exec(value);
  if (m && isRealDate(m[1]!) && isRealDate(m[2]!) && m[1]! <= m[2]!) {
    return { start: m[1]!, end: m[2]!, label: `с ${formatDateLong(m[1]!)} по ${formatDateLong(m[2]!)}`, code: value, kind: 'range' };
  }
  return undefined;
}

/** The quarter containing `day`: calendar (I кв. = January–March) or academic (I = September–November). */
export function quarterOf(day: string, quarters: 'calendar' | 'academic'): Period {
  const year = Number(day.slice(0, 4));
  const monthNumber = Number(day.slice(5, 7));
  if (quarters === 'calendar') return calendarQuarter(year, Math.floor((monthNumber - 1) / 3) + 1);
  const first = Number(academicYearOf(day).slice(0, 4));
  return academicQuarter(first, Math.floor(((monthNumber + 3) % 12) / 3) + 1);
}

/** Days after a quarter's end during which `mentor report` without `--period` still means that quarter. */
export const REPORT_GRACE_DAYS = 30;

export interface DefaultPeriod {
  period: Period;
  /** `ended`: the quarter that ended at most REPORT_GRACE_DAYS days before today; `current`: today's. */
  why: 'ended' | 'current';
  /** The other quarter she may have meant: the current one after `ended`, the one before after `current`. */
  other: Period;
}

/**
 * The period of `mentor report` without `--period`: in the first 30 days after a quarter ends,
 * that quarter (the report is due then); otherwise the current one.
 */
export function defaultReportPeriod(today: string, quarters: 'calendar' | 'academic'): DefaultPeriod {
  const current = quarterOf(today, quarters);
  const previous = quarterOf(addDays(current.start, -1), quarters);
  if (today <= addDays(previous.end, REPORT_GRACE_DAYS)) return { period: previous, why: 'ended', other: current };
  return { period: current, why: 'current', other: previous };
}

function calendarQuarter(year: number, q: number): Period {
  const startMonth = (q - 1) * 3 + 1;
  return {
    start: `${year}-${pad(startMonth)}-01`,
    end: `${year}-${pad(startMonth + 2)}-${pad(lastDay(year, startMonth + 2))}`,
    label: `${ROMAN[q - 1]} квартал ${year}\u00a0г.`,
    code: `${year}Q${q}`,
    kind: 'calendar-quarter',
  };
}

/** Academic quarters: I September–November, II December–February, III March–May, IV June–August. */
function academicQuarter(first: number, q: number): Period {
  const startMonth = ((q - 1) * 3 + 8) % 12 + 1;
  const startYear = q === 1 ? first : startMonth >= 9 ? first : first + 1;
  const endMonth = ((startMonth + 1) % 12) + 1;
  const endYear = endMonth < startMonth ? startYear + 1 : startYear;
  return {
    start: `${startYear}-${pad(startMonth)}-01`,
    end: `${endYear}-${pad(endMonth)}-${pad(lastDay(endYear, endMonth))}`,
    label: `${ROMAN[q - 1]} квартал ${first}/${first + 1} учебного года`,
    code: `${first}/${first + 1}Q${q}`,
    kind: 'academic-quarter',
  };
}

function month(year: number, m: number): Period {
  return {
    start: `${year}-${pad(m)}-01`,
    end: `${year}-${pad(m)}-${pad(lastDay(year, m))}`,
    label: `${MONTHS_NOMINATIVE[m - 1]} ${year}\u00a0г.`,
    code: `${year}-${pad(m)}`,
    kind: 'month',
  };
}

function lastDay(year: number, m: number): number {
  return new Date(Date.UTC(year, m, 0)).getUTCDate();
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
