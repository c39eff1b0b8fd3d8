import { describe, expect, it } from 'vitest';
import { readEntry, type Entry, type MessageEntry, type Params } from '../../src/messages/catalogue.js';
import { rulesEn } from '../../src/messages/en/rules.js';
import { rulesRu } from '../../src/messages/ru/rules.js';
import { RULES, SCHEMA_RULE_IDS } from '../../src/validate/rules/index.js';

/** Params as each rule emits them, to render every message once. */
const SAMPLES: Record<string, Params> = {
  'unknown-reference': { field: 'mentee', id: 'ivanova-mx', suggestion: 'ivanova-ma' },
  'route-mentor-not-mentor': { mentor: 'petrova-ov', teacher: 'ivanova-ma' },
  'id-file-mismatch': { field: 'id', id: 'ivanova-m', stem: 'ivanova-ma' },
  'wrong-year-folder': { year: '2025/2026', folder: '2024-2025', expected: '2025-2026' },
  'duplicate-id': { kind: 'teacher', id: 'ivanova-ma', first: 'teachers/ivanova-ma.yaml' },
  'duplicate-item-id': { id: 'normative-fop', first: 1 },
  'non-pedagogical-participant': { teacher: 'orlova-tt', position: 'junior_educator', role: 'mentee' },
  'self-mentoring': { teacher: 'petrova-ov' },
  'mentor-over-capacity': { mentor: 'petrova-ov', count: 3, max: 2, date: '2026-01-15' },
  'mentor-experience-low': { mentor: 'petrova-ov', mentee: 'ivanova-ma', years: 2.5, min: 3, date: '2025-09-01' },
  'consent-missing': { mentor: 'petrova-ov', start: '2025-09-01', since: '2025-03-01' },
  'consent-after-start': { mentor: 'petrova-ov', mentee: 'ivanova-ma', consent: '2025-09-15', start: '2025-09-01' },
  'agreement-missing': { mentor: 'petrova-ov', mentee: 'ivanova-ma', start: '2025-09-01' },
  'pair-end-before-start': { mentee: 'ivanova-ma', start: '2025-09-01', end: '2025-08-31', field: 'end' },
  'pair-early-end-after-end': { mentee: 'ivanova-ma', date: '2026-06-10', end: '2026-05-31' },
  'pair-outside-employment': { teacher: 'ivanova-ma', role: 'mentee', edge: 'left', date: '2026-05-31', limit: '2026-01-20' },
  'route-without-pair': { teacher: 'ivanova-ma', mentor: 'petrova-ov', start: '2025-09-15', end: '2026-05-31' },
  'route-period-reversed': { start: '2026-05-31', end: '2025-09-15' },
  'route-period-outside-year': { year: '2025/2026', yearStart: '2025-09-01', yearEnd: '2026-08-31', edge: 'start', date: '2025-08-25' },
  'item-due-outside-period': { id: 'final-report', due: '2026-06-10', start: '2025-09-15', end: '2026-05-31' },
  'done-without-date': { id: 'normative-fop' },
  'date-without-done': { id: 'normative-fop', status: 'in_progress', date: '2025-09-28' },
  'reason-without-cancel': { id: 'normative-fop', status: 'planned' },
  'done-in-future': { id: 'normative-fop', date: '2026-03-21', today: '2026-03-20' },
  'meeting-in-future': { date: '2026-04-02', today: '2026-03-20' },
  'event-held-date': { id: 'school-young-1', issue: 'future', date: '2026-04-02', today: '2026-03-20' },
  'event-outside-year': { id: 'council-1', field: 'date', date: '2025-07-15', year: '2025/2026', start: '2025-08-01', end: '2026-08-31' },
  'survey-unknown-question': { questionnaire: 'satisfaction-mentees', question: 'mood', known: 'comfort, usefulness' },
  'survey-audience-mismatch': { questionnaire: 'mentor-load', audience: 'mentees', expected: 'mentors' },
  'unknown-direction': { code: 'famly', suggestion: 'family' },
  'duplicate-assessment': { kind: 'entry', first: 1 },
  'assessment-outside-year': { date: '2025-08-30', year: '2025/2026', yearStart: '2025-09-01', yearEnd: '2026-08-31' },
  'assessment-in-future': { date: '2026-05-20', today: '2026-03-20' },
  'score-out-of-range': { direction: 'family', value: 2.5 },
};

const ids = [...RULES.map((r) => r.id), ...SCHEMA_RULE_IDS];

describe('the rule table', () => {
  it('has unique kebab-case ids', () => {
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z]+(-[a-z]+)*$/);
  });
});

/** The catalogues read by any id, as the output formats read them. */
const loose = (catalogue: object): Record<string, MessageEntry | undefined> =>
  Object.fromEntries(Object.entries(catalogue as Record<string, Entry<never>>).map(([id, entry]) => [id, readEntry(entry)]));

describe.each([
  ['en', loose(rulesEn)],
  ['ru', loose(rulesRu)],
])('the %s rule messages', (lang, catalogue) => {
  it('cover every rule id and no other', () => {
    expect(Object.keys(catalogue).sort()).toEqual([...ids].sort());
  });

  it.each(ids)('render %s as one sentence with no final full stop, and one line of advice', (id) => {
    const entry = catalogue[id]!;
    const params = SAMPLES[id]!;
    const message = entry.message(params);
    const advice = entry.advice(params);
    expect(message).not.toMatch(/undefined|\[object|\.$/);
    expect(advice).not.toMatch(/undefined|\[object|\n/);
    expect(advice).toMatch(/[.?]$/);
    if (lang === 'ru') expect(message).not.toMatch(/"/);
  });
});

describe('Russian wording', () => {
  const ru = (id: string, params: Params): string => loose(rulesRu)[id]!.message(params);

  it('quotes ids «so» and suggests the nearest ones', () => {
    const p = { field: 'mentee', id: 'ivanova-mx', suggestion: 'ivanova-ma, ivanova-mb' };
    expect(ru('unknown-reference', p)).toBe('Наставляемый «ivanova-mx» не найден среди педагогов');
    expect(loose(rulesRu)['unknown-reference']!.advice(p)).toBe('Возможно, имелось в виду «ivanova-ma» или «ivanova-mb»?');
    expect(loose(rulesRu)['unknown-reference']!.advice({ ...p, suggestion: '' })).toBe(
      'Исправьте id или добавьте файл teachers/ivanova-mx.yaml.',
    );
  });

  it('writes dates as 01.09.2025, fractions with a comma and plural forms', () => {
    expect(ru('mentor-experience-low', SAMPLES['mentor-experience-low']!)).toBe(
      'Педагогический стаж наставника «petrova-ov» на начало пары с «ivanova-ma» (01.09.2025) — 2,5 года, меньше минимума в 3 года',
    );
    expect(ru('mentor-experience-low', { ...SAMPLES['mentor-experience-low']!, years: 1, min: 5 })).toContain('— 1 год, меньше минимума в 5 лет');
    expect(ru('mentor-over-capacity', SAMPLES['mentor-over-capacity']!)).toBe(
      'С 15.01.2026 у наставника «petrova-ov» одновременно 3 наставляемых при допустимых 2',
    );
    expect(ru('score-out-of-range', SAMPLES['score-out-of-range']!)).toBe(
      'Оценка по направлению «family» — 2,5, вне шкалы от 0 до 2',
    );
  });
});
