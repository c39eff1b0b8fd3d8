import { describe, expect, it } from 'vitest';
import { measureGrowth } from '../../src/report/growth.js';
import { buildWorkspace } from '../rules/build.js';
import { newcomer, OPTIONS, person, Q1_2026 } from './figures-setup.js';

// Period 2026-01-01..2026-03-31; Петрова mentors Андреева, Борисова, Воронова and Егорова (active),
// Дмитриева's pair ended in 2025.
//   Андреева: entry 2025-09-12 {normative 0.8, family 1.0, activity 1.2}, midterm 2026-01-16
//     {normative 1.2, family 1.5}, final 2026-05-20 (after the period: ignored). Activity is not
//     in the latest one: left out.
//   Борисова: no entry kind; midterm 2025-10-01 {normative 1.0} is the entry, midterm 2026-02-01
//     {normative 1.3, family 0.9} the latest; family is not in her entry one.
//   Воронова: an entry assessment only: left out.
//   Егорова: entry 2024-09-10 (diagnostics of 2024/2025) {family 0.5}, latest 2026-01-20 {family 1.0}.
//   Дмитриева: entry and final, but no active pair: left out.
// normative: Андреева 0.8→1.2, Борисова 1.0→1.3: entry 0.9, latest 1.25, change 0.35.
// family: Андреева 1.0→1.5, Егорова 0.5→1.0: entry 0.75, latest 1.25, change 0.5.
const ids = ['andreeva-aa', 'borisova-bb', 'voronova-vv', 'egorova-ee'];
const ws = buildWorkspace({
  teachers: [person('petrova-ov', 'Петрова Ольга'), ...[...ids, 'dmitrieva-dd'].map((id) => newcomer(id, id))],
  mentors: [
    {
      teacher: 'petrova-ov',
      pairs: [...ids.map((mentee) => ({ mentee })), { mentee: 'dmitrieva-dd', start: '2024-09-02', end: '2025-05-30' }],
    },
  ],
  diagnostics: [
    {
      teacher: 'andreeva-aa',
      assessments: [
        { kind: 'final', date: '2026-05-20', scores: { normative: 2, family: 2 } },
        { kind: 'midterm', date: '2026-01-16', scores: { normative: 1.2, family: 1.5 } },
        { kind: 'entry', date: '2025-09-12', scores: { normative: 0.8, family: 1.0, activity: 1.2 } },
      ],
    },
    {
      teacher: 'borisova-bb',
      assessments: [
        { kind: 'midterm', date: '2025-10-01', scores: { normative: 1.0 } },
        { kind: 'midterm', date: '2026-02-01', scores: { normative: 1.3, family: 0.9 } },
      ],
    },
    { teacher: 'voronova-vv', assessments: [{ kind: 'entry', date: '2025-09-15', scores: { normative: 0.1 } }] },
    { teacher: 'egorova-ee', year: '2024/2025', assessments: [{ kind: 'entry', date: '2024-09-10', scores: { family: 0.5 } }] },
    { teacher: 'egorova-ee', assessments: [{ kind: 'midterm', date: '2026-01-20', scores: { family: 1.0 } }] },
    {
      teacher: 'dmitrieva-dd',
      assessments: [
        { kind: 'entry', date: '2024-09-10', scores: { normative: 0 } },
        { kind: 'final', date: '2025-05-10', scores: { normative: 2 } },
      ],
    },
  ],
});

describe('measureGrowth', () => {
  const growth = measureGrowth(ws, Q1_2026, OPTIONS);

  it('has a row for every direction, in the direction order', () => {
    expect(growth.map((g) => g.direction)).toEqual([...OPTIONS.directionOrder]);
    expect(growth.find((g) => g.direction === 'activity')).toEqual({
      direction: 'activity',
      title: 'Организация образовательной деятельности',
      teachers: 0,
      entry: null,
      latest: null,
      change: null,
    });
  });

  it('compares the entry assessment with the latest one up to the period end', () => {
    expect(growth.filter((g) => g.teachers > 0)).toEqual([
      { direction: 'normative', title: 'Изучение нормативно-правовой базы', teachers: 2, entry: 0.9, latest: 1.25, change: 0.35 },
      { direction: 'family', title: 'Взаимодействие с семьями воспитанников', teachers: 2, entry: 0.75, latest: 1.25, change: 0.5 },
    ]);
  });

  it('rounds the means to 2 decimals and takes the change between the rounded means', () => {
    // Three mentees, normative 1.0, 0.7, 0.5 → 1.3, 1.2, 1.0: means 0.7333 → 0.73 and 1.1667 → 1.17;
    // change 1.17 − 0.73 = 0.44 (the unrounded difference, 0.4333, would print as 0.43).
    const three = buildWorkspace({
      teachers: [person('petrova-ov', 'Петрова'), ...['a', 'b', 'c'].map((id) => newcomer(id, id))],
      mentors: [{ teacher: 'petrova-ov', pairs: ['a', 'b', 'c'].map((mentee) => ({ mentee })) }],
      diagnostics: (
        [
          ['a', 1.0, 1.3],
          ['b', 0.7, 1.2],
          ['c', 0.5, 1.0],
        ] as const
      ).map(([teacher, entry, latest]) => ({
        teacher,
        assessments: [
          { kind: 'entry' as const, date: '2025-09-15', scores: { normative: entry } },
          { kind: 'midterm' as const, date: '2026-01-15', scores: { normative: latest } },
        ],
      })),
    });
    expect(measureGrowth(three, Q1_2026, OPTIONS)[0]).toMatchObject({ teachers: 3, entry: 0.73, latest: 1.17, change: 0.44 });
  });

  it('shows no growth before a later assessment exists', () => {
    // Up to 2025-12-31 nobody has an assessment after their entry one (the later ones are of 2026).
    const autumn = measureGrowth(ws, { ...Q1_2026, start: '2025-09-01', end: '2025-12-31' }, OPTIONS);
    expect(autumn.every((g) => g.teachers === 0)).toBe(true);
  });
});
