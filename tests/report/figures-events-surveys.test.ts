import { describe, expect, it } from 'vitest';
import type { ProgrammeEvent } from '../../src/model/types.js';
import { listEvents } from '../../src/report/events.js';
import { summarizeSurveys } from '../../src/report/surveys.js';
import { buildWorkspace } from '../rules/build.js';
import { newcomer, person, Q1_2026 } from './figures-setup.js';

const event = (id: string, date: string, patch: Partial<ProgrammeEvent> = {}): ProgrammeEvent => ({
  id,
  title: `Мероприятие ${id}`,
  stage: 'work',
  kind: 'seminar',
  date,
  responsible: 'petrova-ov',
  expected: 'Результат',
  status: 'planned',
  ...patch,
});

describe('listEvents', () => {
  // As of 2026-03-20 (today), Q1 2026.
  const ws = buildWorkspace({
    teachers: [person('petrova-ov', 'Петрова Ольга Викторовна'), newcomer('ivanova-ma', 'Иванова')],
    events: [
      {
        year: '2025/2026',
        events: [
          event('held', '2026-01-15', { status: 'done', held_on: '2026-01-16', participants: ['ivanova-ma', 'petrova-ov'], result: 'Протокол' }),
          event('late-held', '2025-12-10', { status: 'done', held_on: '2026-01-10', participants: ['ivanova-ma'] }),
          event('held-after', '2026-03-10', { status: 'done', held_on: '2026-03-25' }),
          event('cancelled', '2026-02-01', { status: 'cancelled', reason: 'карантин' }),
          event('overdue', '2026-03-19'),
          event('today', '2026-03-20'),
          event('next', '2026-04-10'),
          event('autumn', '2025-10-01', { status: 'done', held_on: '2025-10-01' }),
        ],
      },
    ],
  });

  it('lists events planned in the period or held in it, as they stood on as_of', () => {
    const events = listEvents(ws, Q1_2026, '2026-03-20');
    expect(events.list.map((e) => `${e.id} ${e.status}`)).toEqual([
      'late-held done',
      'held done',
      'cancelled cancelled',
      // Held on 03-25, after as_of: it stood overdue then.
      'held-after overdue',
      'overdue overdue',
      'today planned',
    ]);
    expect(events).toMatchObject({ held: 2, cancelled: 1, overdue: 2, planned: 1, participants: 3 });
    expect(events.list[2]!.result).toBe('карантин');
  });
});

describe('summarizeSurveys', () => {
  // Pairs: Петрова–Иванова and Петрова–Белова 2025-09-01..2026-05-31, Смирнова–Орлова until 2026-01-20.
  const ws = buildWorkspace({
    teachers: [person('petrova-ov', 'Петрова'), person('smirnova-tn', 'Смирнова'), newcomer('ivanova-ma', 'И'), newcomer('belova-as', 'Б'), newcomer('orlova-dv', 'О')],
    mentors: [
      { teacher: 'petrova-ov', pairs: [{ mentee: 'ivanova-ma' }, { mentee: 'belova-as' }] },
      { teacher: 'smirnova-tn', pairs: [{ mentee: 'orlova-dv', end: '2026-01-20' }] },
    ],
    surveys: [
      {
        id: 'mid',
        year: '2025/2026',
        date: '2026-01-20',
        audience: 'mentees',
        questionnaire: 'satisfaction',
        responses: [{ answers: { comfort: 9, usefulness: 8 }, comment: ' Больше открытых занятий ' }, { answers: { comfort: 8 } }],
      },
      { id: 'mentors', year: '2025/2026', date: '2026-03-01', audience: 'mentors', questionnaire: 'satisfaction', responses: [{ answers: { comfort: 10 } }] },
      { id: 'summer', year: '2025/2026', date: '2026-07-01', audience: 'mentees', questionnaire: 'satisfaction', responses: [{ answers: { comfort: 5 } }] },
      { id: 'later', year: '2025/2026', date: '2026-03-25', audience: 'mentees', questionnaire: 'satisfaction', responses: [] },
    ],
  });

  it('counts responses over the participants of pairs active on the survey day, means per question and overall', () => {
    const [mid, mentors] = summarizeSurveys(ws, Q1_2026, '2026-03-20');
    // 3 mentees in pairs on 01-20 (Орлова's last day); 2 answered.
    expect(mid).toMatchObject({ responses: 2, invited: 3, response_rate: 0.6667, mean: 8.33, comments: ['Больше открытых занятий'] });
    expect(mid!.questions.slice(0, 3).map((q) => [q.id, q.answers, q.mean])).toEqual([
      ['comfort', 2, 8.5],
      ['availability', 0, null],
      ['usefulness', 1, 8],
    ]);
    expect(mentors).toMatchObject({ invited: 1, response_rate: 1 });
  });

  it('leaves out surveys after as_of, and has no rate on a day with no active pairs', () => {
    expect(summarizeSurveys(ws, Q1_2026, '2026-03-20').map((s) => s.id)).toEqual(['mid', 'mentors']);
    const summer = summarizeSurveys(ws, { ...Q1_2026, start: '2026-06-01', end: '2026-08-31' }, '2026-09-01');
    expect(summer).toMatchObject([{ id: 'summer', responses: 1, invited: 0, response_rate: null }]);
  });
});
