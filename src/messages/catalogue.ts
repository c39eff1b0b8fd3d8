// Messages: the shape of a message catalogue (one per language) and plural forms.

export type Params = Record<string, string | number>;

export interface MessageEntry {
  /** What is wrong, one sentence without a final full stop. */
  message: (p: Params) => string;
  /** What to do about it, one line. */
  advice: (p: Params) => string;
}

export type Catalogue = Record<string, MessageEntry>;

export type Lang = 'ru' | 'en';

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

export function pluralEn(n: number, one: string, many: string): string {
  return n === 1 ? one : many;
}

/**
 * The did-you-mean list (`"a, b, c"` in params) as a sentence's alternatives: `«a», «b» или «c»`
 * with the language's quotes and its word for "or".
 */
export function suggestionList(suggestion: unknown, quote: (id: string) => string, or: string): string {
  const ids = String(suggestion ?? '')
    .split(/,\s*/)
    .filter((s) => s !== '')
    .map(quote);
  if (ids.length <= 1) return ids.join('');
  return `${ids.slice(0, -1).join(', ')} ${or} ${ids[ids.length - 1]}`;
}

/** The last key of a dotted path (`education.institution` → `institution`; list indexes skipped). */
export function lastKey(field: unknown): string {
  return (
    String(field)
      .split('.')
      .filter((s) => !/^\d+$/.test(s))
      .pop() ?? String(field)
  );
}
