// Messages: the catalogue of every problem's text, by language, and the choice of language.

import type { Problem } from '../model/problem.js';
import type { Catalogue, Lang } from './catalogue.js';
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

export function describeProblem(found: Problem, lang: Lang): ProblemText {
  const entry = CATALOGUES[lang][found.rule];
  if (entry === undefined) return { message: found.rule, advice: '' };
  return { message: entry.message(found.params), advice: entry.advice(found.params) };
}
