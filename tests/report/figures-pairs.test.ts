import { describe, expect, it } from 'vitest';
import { summarizePairs } from '../../src/report/pairs.js';
import { buildWorkspace } from '../rules/build.js';
import { newcomer, person, Q1_2026 } from './figures-setup.js';

// Period 2026-01-01..2026-03-31.
// Петрова (capacity 2 by default):
//   1 Андреева  traditional 2025-09-01..2026-05-31              active
//   2 Борисова  group       2025-09-01..2026-01-01              active (last day = first day), ended
//   3 Журавлёва traditional 2026-04-01..2026-05-31              not active (starts the day after)
//   4 Дмитриева short_term  2026-02-01..2026-05-31, early 03-15 active, started, ended, ended early
//   5 Зуева     traditional 2025-09-01..2026-05-31, early 2025-12-31: not active (ended the day before)
// Васильева (max_mentees 1):
//   6 Егорова   situational 2026-01-10..2026-02-10              active, started, ended
//   7 Андреева  reverse     2026-02-01..2026-03-31              active, started, ended (on the last day)
const ws = buildWorkspace({
  teachers: [
    person('petrova-ov', 'Петрова Ольга Викторовна'),
    person('vasilyeva-ig', 'Васильева Ирина Геннадьевна', { position: 'speech_therapist' }),
    newcomer('andreeva-aa', 'Андреева Анна Андреевна'),
    newcomer('borisova-bb', 'Борисова Белла Борисовна'),
    newcomer('dmitrieva-dd', 'Дмитриева Дарья Денисовна'),
    newcomer('egorova-ee', 'Егорова Елена Евгеньевна'),
    newcomer('zhuravleva-zz', 'Журавлёва Зоя Захаровна'),
    newcomer('zueva-zz', 'Зуева Зинаида Захаровна'),
  ],
  mentors: [
    {
      teacher: 'petrova-ov',
      pairs: [
        { mentee: 'andreeva-aa', kind: 'traditional', start: '2025-09-01', end: '2026-05-31' },
        { mentee: 'borisova-bb', kind: 'group', start: '2025-09-01', end: '2026-01-01' },
        { mentee: 'zhuravleva-zz', kind: 'traditional', start: '2026-04-01', end: '2026-05-31' },
        {
          mentee: 'dmitrieva-dd',
          kind: 'short_term',
          role: 'leader_struggling',
          start: '2026-02-01',
          end: '2026-05-31',
          ended_early: { date: '2026-03-15', reason: 'перевод' },
        },
        { mentee: 'zueva-zz', start: '2025-09-01', end: '2026-05-31', ended_early: { date: '2025-12-31', reason: 'увольнение' } },
      ],
    },
    {
      teacher: 'vasilyeva-ig',
      max_mentees: 1,
      pairs: [
        { mentee: 'egorova-ee', kind: 'situational', start: '2026-01-10', end: '2026-02-10' },
        { mentee: 'andreeva-aa', kind: 'reverse', role: 'innovator_conservative', start: '2026-02-01', end: '2026-03-31' },
      ],
    },
  ],
});

describe('summarizePairs', () => {
  const pairs = summarizePairs(ws, Q1_2026);

  it('counts active, started, ended and ended-early pairs', () => {
    // Active: 1, 2, 4, 6, 7 = 5. Started: 4, 6, 7 = 3. Ended: 2, 4, 6, 7 = 4. Ended early: 4 = 1.
    expect([pairs.active, pairs.started, pairs.ended, pairs.ended_early]).toEqual([5, 3, 4, 1]);
  });

  it('counts by kind, kinds in the format order, only those with a pair', () => {
    expect(pairs.by_kind).toEqual([
      { kind: 'traditional', label: 'традиционное (один на один)', active: 1, mentees: 1, started: 0, ended: 0 },
      { kind: 'group', label: 'групповое', active: 1, mentees: 1, started: 0, ended: 1 },
      { kind: 'short_term', label: 'краткосрочное (целеполагающее)', active: 1, mentees: 1, started: 1, ended: 1 },
      { kind: 'reverse', label: 'реверсивное', active: 1, mentees: 1, started: 1, ended: 1 },
      { kind: 'situational', label: 'ситуационное', active: 1, mentees: 1, started: 1, ended: 1 },
    ]);
  });

  it('lists the active pairs by mentor, then mentee', () => {
    // Васильева before Петрова; each one's mentees by name.
    expect(pairs.list.map((r) => `${r.mentor.id}/${r.mentee.id}`)).toEqual([
      'vasilyeva-ig/andreeva-aa',
      'vasilyeva-ig/egorova-ee',
      'petrova-ov/andreeva-aa',
      'petrova-ov/borisova-bb',
      'petrova-ov/dmitrieva-dd',
    ]);
  });

  it('gives each row people with position labels, kind and role labels, and the last day', () => {
    expect(pairs.list[4]).toEqual({
      mentor: { id: 'petrova-ov', name: 'Петрова Ольга Викторовна', position: 'воспитатель' },
      mentee: { id: 'dmitrieva-dd', name: 'Дмитриева Дарья Денисовна', position: 'воспитатель' },
      kind: 'short_term',
      kind_label: 'краткосрочное (целеполагающее)',
      role: 'leader_struggling',
      role_label: 'лидер педагогического сообщества – педагог, испытывающий затруднения',
      start: '2026-02-01',
      end: '2026-03-15',
      ended_early: { date: '2026-03-15', reason: 'перевод' },
      unfinished: 0,
      started_in_period: true,
      ended_in_period: true,
    });
    expect(pairs.list[3]).toMatchObject({ end: '2026-01-01', ended_early: null, started_in_period: false, ended_in_period: true });
    expect(pairs.list[0]?.mentor.position).toBe('учитель-логопед');
  });

  it('gives each mentor with an active pair their distinct mentees, peak and capacity', () => {
    // Васильева: Егорова 01-10..02-10 and Андреева 02-01..03-31 overlap 02-01..02-10: peak 2 > 1.
    // Петрова: Андреева all along, with Борисова on 01-01 and with Дмитриева 02-01..03-15: peak 2;
    // mentees Андреева, Борисова, Дмитриева = 3 (Журавлёва and Зуева have no active pair).
    expect(pairs.mentor_load.map((m) => [m.mentor.id, m.mentees, m.peak, m.capacity])).toEqual([
      ['vasilyeva-ig', 2, 2, 1],
      ['petrova-ov', 3, 2, 2],
    ]);
  });

  it('has nothing for a period with no pair', () => {
    const empty = summarizePairs(ws, { ...Q1_2026, start: '2027-01-01', end: '2027-03-31' });
    expect(empty).toEqual({ active: 0, started: 0, ended: 0, ended_early: 0, by_kind: [], list: [], groups: [], mentor_load: [] });
  });

  it('counts one mentor\'s overlapping group pairs as one group with its mentees', () => {
    // Громова's group pairs: А 09-01..05-31 and Б 10-01..12-31 overlap (one group); В 2026-06-01..
    // starts after the first group's last day (another group, not in the period).
    const grouped = buildWorkspace({
      teachers: [person('gromova-la', 'Громова'), newcomer('a', 'А'), newcomer('b', 'Б'), newcomer('c', 'В')],
      mentors: [
        {
          teacher: 'gromova-la',
          max_mentees: 3,
          pairs: [
            { mentee: 'a', kind: 'group', start: '2025-09-01', end: '2026-05-31' },
            { mentee: 'b', kind: 'group', start: '2025-10-01', end: '2026-01-15' },
            { mentee: 'c', kind: 'group', start: '2026-06-01', end: '2026-08-31' },
          ],
        },
      ],
    });
    const figures = summarizePairs(grouped, Q1_2026, '2026-03-31');
    expect([figures.active, figures.started, figures.ended]).toEqual([1, 0, 0]);
    expect(figures.by_kind).toEqual([{ kind: 'group', label: 'групповое', active: 1, mentees: 2, started: 0, ended: 0 }]);
    expect(figures.groups).toMatchObject([{ mentees: [{ id: 'a' }, { id: 'b' }], start: '2025-09-01', end: '2026-05-31' }]);
    expect(figures.list).toHaveLength(2);
  });
});
