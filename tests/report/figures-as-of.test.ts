import { describe, expect, it } from 'vitest';
import { buildReport } from '../../src/report/build-report.js';
import { summarizePairs } from '../../src/report/pairs.js';
import { buildWorkspace } from '../rules/build.js';
import { newcomer, OPTIONS, period, person, Q1_2026 } from './figures-setup.js';

// One as-of date: as_of = min(today, period end); every figure is counted over [start, as_of].
const YEAR = { ...period('2025-09-01', '2026-08-31'), kind: 'academic-year' as const, code: '2025/2026' };

const teachers = [
  person('petrova-ov', 'Петрова Ольга Викторовна'),
  newcomer('a', 'Андреева'),
  newcomer('b', 'Борисова'),
  newcomer('c', 'Васильева'),
  newcomer('d', 'Григорьева'),
];
const ws = buildWorkspace({
  teachers,
  mentors: [
    {
      teacher: 'petrova-ov',
      max_mentees: 4,
      pairs: [
        { mentee: 'a', start: '2025-09-01', end: '2026-04-07' }, // ends the day after as_of 04-06
        { mentee: 'b', start: '2025-09-01', end: '2026-04-06' }, // ends on as_of itself
        { mentee: 'c', start: '2026-04-07', end: '2026-05-31' }, // starts the day after as_of
        { mentee: 'd', start: '2025-09-01', end: '2026-05-31' }, // runs until 31.05
      ],
    },
  ],
  routes: [
    {
      teacher: 'd',
      period: { start: '2025-09-15', end: '2026-05-31' },
      items: [
        { id: 'early', due: '2026-03-01', status: 'done', done_on: '2026-02-20' },
        { id: 'done-after', due: '2026-03-15', status: 'done', done_on: '2026-04-10' },
        { id: 'may', due: '2026-05-15', status: 'done', done_on: '2026-04-01' },
        { id: 'later', due: '2026-05-20', status: 'planned' },
      ],
    },
  ],
});

describe('the as-of date', () => {
  it('is min(today, period end), stated in the report', () => {
    expect(buildReport(ws, YEAR, '2026-04-06', OPTIONS).period.as_of).toBe('2026-04-06');
    expect(buildReport(ws, Q1_2026, '2026-04-06', OPTIONS).period.as_of).toBe('2026-03-31');
  });

  it('keeps a pair ending the day after as_of active, not ended; one ending on as_of ended', () => {
    const pairs = summarizePairs(ws, YEAR, '2026-04-06');
    expect(pairs.list.map((p) => p.mentee.id)).toEqual(['a', 'b', 'd']);
    expect(pairs.list.map((p) => p.ended_in_period)).toEqual([false, true, false]);
    // Started: a, b, d in September; c starts the day after as_of: not yet active, not started.
    expect([pairs.active, pairs.started, pairs.ended]).toEqual([3, 3, 1]);
  });

  it('never says «завершено» of the pairs still running mid-year', () => {
    // On 06.04 the pairs running until 31.05 are active; the same pairs end once the year is over.
    expect(summarizePairs(ws, YEAR, '2026-04-06').ended).toBe(1);
    expect(summarizePairs(ws, YEAR, '2026-09-01').ended).toBe(4);
  });

  it('counts an item done after as_of as it stood on as_of, and splits items not yet due', () => {
    const items = buildReport(ws, YEAR, '2026-04-06', OPTIONS).items;
    // Due by as_of: early, done-after; not yet due: may (done early, 04-01, still counts as done) and later.
    expect(items).toMatchObject({ due: 4, due_by_as_of: 2, not_yet_due: 2, done: 2, done_ahead: 1, overdue: 1, in_progress: 1, planned: 1 });
  });

  it('makes a past quarter read the same whenever the report is made', () => {
    const strip = (today: string) => ({ ...buildReport(ws, Q1_2026, today, OPTIONS), today: '' });
    expect(strip('2026-04-10')).toEqual(strip('2026-12-01'));
  });
});
