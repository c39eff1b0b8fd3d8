// Model: the Russian forms every stage prints — quotes, the decimal comma, plurals, month names,
// dates and the non-breaking spaces of Russian typography. The one home of these helpers.

/** The non-breaking space: a number never wraps away from its unit («2025 г.», «№ 12», «45 мин»). */
export const NBSP = '\u00a0';

/** Russian quotes: ivanova-ma → «ivanova-ma». */
export function quoteRu(value: unknown): string {
  return `«${String(value)}»`;
}

/** The decimal comma: 2.5 → «2,5» (a whole number stays as it is). */
export function decimalComma(value: unknown): string {
  return String(value).replace('.', ',');
}

/**
 * Russian plural: pick one of three forms for n (1 педагог, 2 педагога, 5 педагогов, 21 педагог).
 * Fractions take the "2" form (1,5 года).
 */
export function pluralRu(n: number, one: string, few: string, many: string): string {
  if (!Number.isInteger(n)) return few;
  const abs = Math.abs(n);
  const mod10 = abs % 10;
  const mod100 = abs % 100;
  if (mod10 === 1 && mod100 !== 11) return one;
  if (mod10 >= 2 && mod10 <= 4 && (mod100 < 12 || mod100 > 14)) return few;
  return many;
}

/** A count with its noun: (9, 'встреча', 'встречи', 'встреч') → «9 встреч». */
export function countRu(n: number, one: string, few: string, many: string): string {
  return `${n} ${pluralRu(n, one, few, many)}`;
}

/**
 * A counted noun in its forms: counting (1 педагог, 3 педагога, 5 педагогов) and genitive, the
 * form after «из» (из 1 педагога, из 3 педагогов, из 21 педагога).
 */
export interface Noun {
  one: string;
  few: string;
  many: string;
  genitiveOne: string;
  genitiveMany: string;
}

/**
 * A noun from its counting forms. The form of 5 is the genitive plural, and for a noun (not an
 * adjective used as one: «наставляемый», «молодой специалист») the form of 2 is the genitive singular.
 */
export function noun(one: string, few: string, many: string, genitiveOne: string = few): Noun {
  return { one, few, many, genitiveOne, genitiveMany: many };
}

/** «1 педагог», «3 педагога», «5 педагогов», «21 педагог». */
export function countOf(n: number, word: Noun): string {
  return countRu(n, word.one, word.few, word.many);
}

/** The genitive after «из»: singular for 1, 21, 31… (not 11), plural otherwise. */
export function genitiveOf(n: number, word: Noun): string {
  return `${n} ${n % 10 === 1 && n % 100 !== 11 ? word.genitiveOne : word.genitiveMany}`;
}

/** «1 год», «2,5 года», «5 лет» (pluralRu gives fractions the «года» form). */
export function yearsRu(value: unknown): string {
  return `${decimalComma(value)} ${pluralRu(Number(value), 'год', 'года', 'лет')}`;
}

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
  return `${Number(iso.slice(8, 10))} ${MONTHS_GENITIVE[Number(iso.slice(5, 7)) - 1] ?? '?'} ${iso.slice(0, 4)}${NBSP}г.`;
}

/** `2025-09` (or a full date) → «сентябрь 2025». */
export function monthName(iso: string): string {
  return `${MONTHS_NOMINATIVE[Number(iso.slice(5, 7)) - 1] ?? '?'} ${iso.slice(0, 4)}`;
}

/** `2026-03-31` → «31.03.2026», the short form of tables and messages; anything else as it is. */
export function formatDateShort(iso: string): string {
  return /^\d{4}-\d{2}-\d{2}$/.test(iso) ? `${iso.slice(8, 10)}.${iso.slice(5, 7)}.${iso.slice(0, 4)}` : iso;
}

/** `2025-09-19` → “19” сентября 2025 г., the form under a signature. */
export function formatDateQuoted(iso: string): string {
  const day = iso.slice(8, 10);
  return `“${day}” ${MONTHS_GENITIVE[Number(iso.slice(5, 7)) - 1] ?? '?'} ${Number(iso.slice(0, 4))}${NBSP}г.`;
}

/**
 * «Иванова Мария Алексеевна» → «М. А. Иванова», the form beside a signature line. The spaces are
 * non-breaking: initials must not wrap away from the surname.
 */
export function formatInitials(fullName: string): string {
  const [surname, ...given] = fullName.trim().split(/\s+/);
  if (surname === undefined || given.length === 0) return fullName.trim();
  return [...given.map((name) => `${name.charAt(0)}.`), surname].join(NBSP);
}

/** «Иванова Мария Алексеевна» → «Иванова М. А.»: a name inside a sentence. A code stays a code. */
export function shortName(fullName: string): string {
  const [surname, ...given] = fullName.trim().split(/\s+/);
  if (surname === undefined || given.length === 0) return fullName.trim();
  return [surname, ...given.map((name) => `${name.charAt(0)}.`)].join(NBSP);
}

/** A non-breaking space after «№» in text from the records: «№ 12» never wraps between the two. */
export function nbspAfterNumberSign(text: string): string {
  return text.replace(/№ /g, `№${NBSP}`);
}

/**
 * Non-breaking spaces where a line must not break, in text from the records: after «№», between a
 * number and «г.», after the abbreviations of addresses and places (г., ул., д., пос., с.).
 */
export function typography(text: string): string {
  return nbspAfterNumberSign(text)
    .replace(/(\d) (г\.|гг\.)/g, `$1${NBSP}$2`)
    .replace(/(^|[\s(«,])(г|ул|д|пос|пр|с|тел|корп|стр)\. /g, `$1$2.${NBSP}`);
}
