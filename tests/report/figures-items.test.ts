import { describe, expect, it } from 'vitest';
import { countItems } from '../../src/report/items.js';
import { buildWorkspace } from '../rules/build.js';
import { newcomer, OPTIONS, period } from './figures-setup.js';

// Period 2028Q1 (2028-01-01..2028-03-31, a leap year). Андреева's route 2027/2028:
//   n1 normative      due 02-29 done 02-29   on time (done on the leap day itself)
//   n2 normative      due 02-29 done 03-01   late
//   f1 family         due 01-15 planned      overdue once the cutoff passes 01-15
//   f2 family         due 03-31 in_progress  overdue only once today is after the period
//   f3 family         due 03-01 cancelled    left out
//   a1 activity       due 2027-12-31 planned before the period: left out
//   a2 activity       due 2028-04-01 planned after the period: left out
//   d1 documentation  due 02-29 planned      overdue from 03-01
// Борисова's route: b1 family due 01-01 (the first day), done 2027-12-20, on time.
const Q1_2028 = { ...period('2028-01-01', '2028-03-31'), kind: 'calendar-quarter' as const, code: '2028Q1' };
const year = { year: '2027/2028', period: { start: '2027-09-01', end: '2028-05-31' } };
const ws = buildWorkspace({
  teachers: [newcomer('andreeva-aa', 'Андреева Анна Андреевна'), newcomer('borisova-bb', 'Борисова Белла Борисовна')],
  routes: [
    {
      ...year,
      teacher: 'andreeva-aa',
      items: [
        { id: 'n1', direction: 'normative', due: '2028-02-29', status: 'done', done_on: '2028-02-29' },
        { id: 'n2', direction: 'normative', due: '2028-02-29', status: 'done', done_on: '2028-03-01' },
        { id: 'f1', direction: 'family', due: '2028-01-15', status: 'planned' },
        { id: 'f2', direction: 'family', due: '2028-03-31', status: 'in_progress' },
        { id: 'f3', direction: 'family', due: '2028-03-01', status: 'cancelled' },
        { id: 'a1', direction: 'activity', due: '2027-12-31', status: 'planned' },
        { id: 'a2', direction: 'activity', due: '2028-04-01', status: 'planned' },
        { id: 'd1', direction: 'documentation', due: '2028-02-29', status: 'planned' },
      ],
    },
    {
      ...year,
      teacher: 'borisova-bb',
      items: [{ id: 'b1', direction: 'family', due: '2028-01-01', status: 'done', done_on: '2027-12-20' }],
    },
  ],
});

const titles = { ...OPTIONS, directionTitles: new Map([...OPTIONS.directionTitles, ['family', 'Работа с семьями']]) };

describe('countItems', () => {
  it('counts items due in the period, cancelled left out, on the leap day', () => {
    // Due: n1 n2 f1 f2 d1 + b1 = 6, of them due by as_of 02-29 all but f2. Done by as_of: n1 b1;
    // n2, done on 03-01, after as_of, stands as it stood then: in progress (not yet overdue, due
    // that very day). In progress f2 n2; planned f1 d1.
    // Today 2028-02-29: overdue = due before 02-29 and open = f1 only (d1 is due that very day).
    const items = countItems(ws, Q1_2028, '2028-02-29', titles);
    expect(items).toMatchObject({ due: 6, due_by_as_of: 5, not_yet_due: 1, done: 2, done_late: 0, overdue: 1, in_progress: 2, planned: 2 });
    // Once the quarter is over, n2 is done, late.
    expect(countItems(ws, Q1_2028, '2028-06-01', titles)).toMatchObject({ due: 6, due_by_as_of: 6, not_yet_due: 0, done: 3, done_late: 1 });
  });

  it('counts overdue items before today inside the period, before the day after it once past', () => {
    // Today 03-31 (the last day): f1, d1 (f2 is due that day). Today 2028-06-01: the cutoff is
    // 2028-04-01, so f2 too; items due after the period (a2) never count.
    expect(countItems(ws, Q1_2028, '2028-03-31', titles).overdue).toBe(2);
    expect(countItems(ws, Q1_2028, '2028-06-01', titles).overdue).toBe(3);
    // Before the period began nothing is overdue yet.
    expect(countItems(ws, Q1_2028, '2027-12-01', titles).overdue).toBe(0);
  });

  it('counts by direction in the direction order, only directions with items due, with their titles', () => {
    expect(countItems(ws, Q1_2028, '2028-02-29', titles).by_direction).toEqual([
      { direction: 'normative', title: 'Изучение нормативно-правовой базы', due: 2, due_by_as_of: 2, not_yet_due: 0, done: 1, done_ahead: 0, done_late: 0, overdue: 0, in_progress: 1, planned: 0 },
      { direction: 'documentation', title: 'Ведение документации', due: 1, due_by_as_of: 1, not_yet_due: 0, done: 0, done_ahead: 0, done_late: 0, overdue: 0, in_progress: 0, planned: 1 },
      { direction: 'family', title: 'Работа с семьями', due: 3, due_by_as_of: 2, not_yet_due: 1, done: 1, done_ahead: 0, done_late: 0, overdue: 1, in_progress: 1, planned: 1 },
    ]);
  });

  it('counts by mentee, by name', () => {
    const rows = countItems(ws, Q1_2028, '2028-06-01', titles).by_mentee;
    expect(rows.map((r) => [r.mentee.name, r.due, r.done, r.done_late, r.overdue])).toEqual([
      ['Андреева Анна Андреевна', 5, 2, 1, 3],
      ['Борисова Белла Борисовна', 1, 1, 0, 0],
    ]);
  });

  it('takes February 2024 whole, the 29th included', () => {
    // Due 2024-02-01 and 2024-02-29 count; 2024-01-31 and 2024-03-01 do not.
    const feb = buildWorkspace({
      routes: [
        {
          year: '2023/2024',
          period: { start: '2023-09-01', end: '2024-05-31' },
          items: ['2024-01-31', '2024-02-01', '2024-02-29', '2024-03-01'].map((due, i) => ({ id: `i${i}`, due })),
        },
      ],
    });
    const items = countItems(feb, period('2024-02-01', '2024-02-29'), '2024-03-10', OPTIONS);
    expect(items).toMatchObject({ due: 2, planned: 2, overdue: 2 });
  });
});
