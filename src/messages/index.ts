// Messages: the catalogue of every problem's text, by language, and the choice of language.

import type { Problem } from '../model/problem.js';
import { readEntry, type Catalogue, type Entry, type Lang, type MessageEntry } from './catalogue.js';
import { filesEn } from './en/files.js';
import { rulesEn } from './en/rules.js';
import { filesRu } from './ru/files.js';
import { rulesRu } from './ru/rules.js';

export const CATALOGUES: Record<Lang, Catalogue> = {
  en: { ...filesEn, ...rulesEn },
  ru: { ...filesRu, ...rulesRu },
};

export interface ProblemText {
  message: string;
  advice: string;
}

/**
 * The entry of a problem id read with the parameters a built problem carries: the one place where
 * the typed catalogue meets the untyped data (a problem of a newer version may name any id).
 */
export function messageEntry(lang: Lang, rule: string): MessageEntry | undefined {
  const entry = (CATALOGUES[lang] as Partial<Record<string, Entry<never>>>)[rule];
  return entry === undefined ? undefined : readEntry(entry);
}

export function describeProblem(found: Problem, lang: Lang): ProblemText {
  const entry = messageEntry(lang, found.rule);
  if (entry === undefined) return { message: found.rule, advice: '' };
  return { message: entry.message(found.params), advice: entry.advice(found.params) };
}
