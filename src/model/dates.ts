// Model stage: calendar arithmetic on ISO dates (YYYY-MM-DD), in whole UTC days.

const MS_PER_DAY = 86_400_000;
export const DAYS_PER_YEAR = 365.25;

/** Days since 1970-01-01 for a `YYYY-MM-DD` string. */
export function dayNumber(iso: string): number {
  return Math.floor(Date.UTC(+iso.slice(0, 4), +iso.slice(5, 7) - 1, +iso.slice(8, 10)) / MS_PER_DAY);
}

export function isoFromDayNumber(day: number): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

/** The years a date may have, on the command line and in records: outside them it is a typo. */
export const FIRST_YEAR = 1900;
export const LAST_YEAR = 2100;

/** True when `iso` is a real calendar day in the years FIRST_YEAR–LAST_YEAR. */
export function isDateInRange(iso: string): boolean {
  const year = Number(iso.slice(0, 4));
  return isRealDate(iso) && year >= FIRST_YEAR && year <= LAST_YEAR;
}

/** True when `iso` names a real calendar day (rejects 2025-02-30). */
export function isRealDate(iso: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(iso)) return false;
  return isoFromDayNumber(dayNumber(iso)) === iso;
}

export function addDays(iso: string, days: number): string {
  return isoFromDayNumber(dayNumber(iso) + days);
}

/** Years between two dates, as days / 365.25 (may be negative). */
export function yearsBetween(from: string, to: string): number {
  return (dayNumber(to) - dayNumber(from)) / DAYS_PER_YEAR;
}

/** Pedagogical experience on a date: `years + (date − as_of)`, never below 0. */
export function experienceOn(experience: { years: number; as_of: string }, date: string): number {
  return Math.max(0, experience.years + yearsBetween(experience.as_of, date));
}

/** `"2025/2026"` → its bounds, 1 September to 31 August. */
export function academicYearBounds(year: string): { start: string; end: string } {
  const first = Number(year.slice(0, 4));
  return { start: `${first}-09-01`, end: `${first + 1}-08-31` };
}

/** The academic year that contains a date, as `"2025/2026"`. */
export function academicYearOf(iso: string): string {
  const y = Number(iso.slice(0, 4));
  const first = Number(iso.slice(5, 7)) >= 9 ? y : y - 1;
  return `${first}/${first + 1}`;
}

/** `"2025/2026"` → `"2025-2026"`, the folder name form. */
export function yearFolderName(year: string): string {
  return year.replace('/', '-');
}

/** Local calendar date of the machine, `YYYY-MM-DD`. */
export function todayIso(now: Date = new Date()): string {
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/**
 * A day as people write it on the command line: `2026-03-20`, or the Russian `20.03.2026`
 * (`5.9.2025` too) → `YYYY-MM-DD`. Anything else, or no real day, is returned as typed, for the
 * check to name.
 */
export function normalizeDay(text: string): string {
  const match = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(text.trim());
  if (match === null) return text.trim();
  const iso = `${match[3]}-${match[2]!.padStart(2, '0')}-${match[1]!.padStart(2, '0')}`;
  // Not a day (32.03.2026): the message quotes what was typed.
  return isRealDate(iso) ? iso : text.trim();
}

/** An academic year as `2025/2026`, written also `2025-2026` or `2025–2026`. */
export function normalizeYear(text: string): string {
  const match = /^(\d{4})\s*[-/–—]\s*(\d{4})$/.exec(text.trim());
  return match === null ? text.trim() : `${match[1]}/${match[2]}`;
}

/** The same day `years` later; 29 February becomes 28 February in a common year. */
export function addYears(iso: string, years: number): string {
  const year = Number(iso.slice(0, 4)) + years;
  const date = `${year}${iso.slice(4)}`;
  return isRealDate(date) ? date : `${year}-02-28`;
}
