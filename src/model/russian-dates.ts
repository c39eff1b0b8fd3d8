// Model: Russian month names and the long form of a date, as documents and messages write them.

/** Genitive month names: «31 марта», the form a date takes in a sentence. */
export const MONTHS_GENITIVE = [
  'января',
  'февраля',
  'марта',
  'апреля',
  'мая',
  'июня',
  'июля',
  'августа',
  'сентября',
  'октября',
  'ноября',
  'декабря',
] as const;

/** Nominative month names: «сентябрь 2025», the form of a column of deadlines. */
export const MONTHS_NOMINATIVE = [
  'январь',
  'февраль',
  'март',
  'апрель',
  'май',
  'июнь',
  'июль',
  'август',
  'сентябрь',
  'октябрь',
  'ноябрь',
  'декабрь',
] as const;

/** `2026-03-31` → «31 марта 2026 г.», the space before «г.» non-breaking. */
export function formatDateLong(iso: string): string {
  return `${Number(iso.slice(8, 10))} ${MONTHS_GENITIVE[Number(iso.slice(5, 7)) - 1] ?? '?'} ${iso.slice(0, 4)}\u00a0г.`;
}

/** `2025-09` (or a full date) → «сентябрь 2025». */
export function monthName(iso: string): string {
  return `${MONTHS_NOMINATIVE[Number(iso.slice(5, 7)) - 1] ?? '?'} ${iso.slice(0, 4)}`;
}

/** `2026-03-31` → «31.03.2026», the short form of tables and messages; anything else as it is. */
export function formatDateShort(iso: string): string {
  return /^\d{4}-\d{2}-\d{2}$/.test(iso) ? `${iso.slice(8, 10)}.${iso.slice(5, 7)}.${iso.slice(0, 4)}` : iso;
}
