// Messages: the shape of a message catalogue (one per language), typed by the table of problem ids.

import type { FileProblemParams, ProblemParams, RuleProblemParams } from '../model/problem-params.js';

/** Parameters as a problem carries them once built (read by the output formats). */
export type Params = Record<string, string | number>;

/** A text of a message: fixed, or made from the problem's parameters. */
export type Text<P> = string | ((p: P) => string);

/** A catalogue's entry: [what is wrong, one sentence without a final full stop; what to do about it, one line]. */
export type Entry<P> = readonly [message: Text<P>, advice: Text<P>];

/**
 * One entry per id of a params table, each reading that id's parameters: a missing id, an id
 * that is not in the table or a parameter the problem does not carry is a compile error.
 */
export type CatalogueOf<T> = { [K in keyof T]: Entry<T[K]> };

/** An entry as its readers use it, for any parameters. */
export interface MessageEntry<P = Params> {
  message(p: P): string;
  advice(p: P): string;
}

function textOf<P>(text: Text<P>, p: P): string {
  return typeof text === 'string' ? text : text(p);
}

/** The entry of an id read with the parameters a built problem carries (data: typed when built). */
export function readEntry(entry: Entry<never>): MessageEntry {
  const [message, advice] = entry as Entry<Params>;
  return { message: (p) => textOf(message, p), advice: (p) => textOf(advice, p) };
}

/** The messages of src/messages/<lang>/files.ts: files, YAML and the schema layer. */
export type FilesCatalogue = CatalogueOf<FileProblemParams>;

/** The messages of src/messages/<lang>/rules.ts: the workspace rules and score ranges. */
export type RulesCatalogue = CatalogueOf<RuleProblemParams>;

/** Every problem's message in one language. */
export type Catalogue = CatalogueOf<ProblemParams>;

export type Lang = 'ru' | 'en';

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
