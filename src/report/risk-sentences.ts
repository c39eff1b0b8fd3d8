// Report stage (formats): every risk as a Russian sentence, and the title of each kind of risk.

import { countOf, formatDateLong, type Noun, shortName, yearsRu } from '../model/russian.js';
import { categoryPhrase } from '../model/labels.js';
import { ITEM, MENTEE } from './report-text.js';
import type { Risk, RiskCode } from './types.js';

/** The kinds of risk in the order the report lists them, with their titles. */
export const RISK_TITLES: Readonly<Record<RiskCode, string>> = {
  'pair-without-route': 'Пара закреплена, а ИОМ не составлен',
  'no-recent-meetings': 'Нет встреч наставника и наставляемого более 30 дней',
  'overdue-items': 'Просроченные мероприятия ИОМ',
  'stalled-route': 'ИОМ не продвигается',
  'mentor-over-capacity': 'Наставник перегружен',
  'pair-ending-unfinished': 'Наставничество завершается, а ИОМ не выполнен',
  'young-specialist-without-mentor': 'Молодой специалист без наставника',
  'courses-outdated': 'Курсы повышения квалификации более трёх лет назад',
  'category-expired': 'Срок квалификационной категории истёк',
  'category-expiring': 'Срок квалификационной категории истекает в ближайшие полгода',
};


type Params = Risk['params'];

/** The params each sentence reads; any other param is added to the sentence in brackets. */
const SENTENCES: Readonly<Record<RiskCode, { reads: readonly string[]; text: (p: Params) => string }>> = {
  'pair-without-route': {
    reads: ['start', 'mentor'],
    text: (p) =>
      `пара${mentorParam(p)} действует с ${dateParam(p, 'start')}, ` +
      `а индивидуальный образовательный маршрут на учебный год не составлен`,
  },
  'no-recent-meetings': {
    reads: ['last', 'mentor'],
    text: (p) =>
      `встреч с наставником${mentorParam(p)} не было более 30 дней` +
      (has(p, 'last') ? ` (последняя — ${dateParam(p, 'last')})` : ', ни одной встречи в журнале'),
  },
  'overdue-items': {
    reads: ['count'],
    text: (p) => `просрочено ${countParam(p, 'count', ITEM)} индивидуального образовательного маршрута`,
  },
  'stalled-route': {
    reads: ['since'],
    text: (p) =>
      `${has(p, 'since') ? `с ${dateParam(p, 'since')}` : 'давно'} нет ни выполненных мероприятий ИОМ, ни встреч с наставником`,
  },
  'mentor-over-capacity': {
    reads: ['peak', 'capacity'],
    text: (p) => `одновременно ${countParam(p, 'peak', MENTEE)} при норме не более ${String(p['capacity'] ?? '?')}`,
  },
  'pair-ending-unfinished': {
    reads: ['end', 'open', 'mentor'],
    text: (p) =>
      `наставничество${has(p, 'mentor') ? ` (наставник — ${shortName(String(p['mentor']))})` : ''} завершается ` +
      `${dateParam(p, 'end')}, а в ИОМ не выполнено ${countParam(p, 'open', ITEM)}`,
  },
  'young-specialist-without-mentor': {
    reads: ['years'],
    text: (p) => `молодой специалист${has(p, 'years') ? ` (педагогический стаж — ${yearsParam(p, 'years')})` : ''} без наставника`,
  },
  'courses-outdated': {
    reads: ['year', 'basis'],
    text: (p) =>
      p['basis'] === 'education'
        ? `сведений о курсах повышения квалификации нет, образование получено в ${String(p['year'])}\u00a0г. ` +
          `(ДПО — не реже одного раза в три года, ФЗ-273, ст.\u00a047)`
        : `последние курсы повышения квалификации — в ${String(p['year'])}\u00a0г. ` +
          `(ДПО — не реже одного раза в три года, ФЗ-273, ст.\u00a047)`,
  },
  'category-expired': {
    reads: ['category', 'until'],
    text: (p) => `${categoryPhrase(String(p['category']))} действовала по ${dateParam(p, 'until')}`,
  },
  'category-expiring': {
    reads: ['category', 'until'],
    text: (p) => `${categoryPhrase(String(p['category']))} действует по ${dateParam(p, 'until')}`,
  },
};

/** « (наставник — Петрова О. В.)», or nothing without the param. */
function mentorParam(p: Params): string {
  return has(p, 'mentor') ? ` (наставник — ${shortName(String(p['mentor']))})` : '';
}

/** «Иванова М. А. (воспитатель): просрочено 3 мероприятия индивидуального образовательного маршрута.» */
export function riskSentence(risk: Risk): string {
  const sentence = SENTENCES[risk.code];
  const extra = Object.entries(risk.params)
    .filter(([key]) => !sentence.reads.includes(key))
    .map(([key, value]) => `${key}: ${value}`);
  const who = risk.person.position === '' ? shortName(risk.person.name) : `${shortName(risk.person.name)} (${risk.person.position})`;
  const tail = extra.length === 0 ? '' : ` (${extra.join('; ')})`;
  const text = `${who}: ${sentence.text(risk.params)}${tail}`;
  return text.endsWith('.') ? text : `${text}.`;
}

function has(p: Params, key: string): boolean {
  return p[key] !== undefined && p[key] !== '';
}

function countParam(p: Params, key: string, noun: Noun): string {
  const value = p[key];
  return typeof value === 'number' ? countOf(value, noun) : `${value ?? '?'} ${noun.many}`;
}

function dateParam(p: Params, key: string): string {
  const value = String(p[key] ?? '');
  return /^\d{4}-\d{2}-\d{2}$/.test(value) ? formatDateLong(value) : value || '?';
}

function yearsParam(p: Params, key: string): string {
  const value = p[key];
  if (typeof value !== 'number') return String(value);
  return yearsRu(value);
}
