import { describe, expect, it } from 'vitest';
import { riskContext } from '../../src/report/risk-context.js';
import { findMentorsOverCapacity } from '../../src/report/risk-mentor-over-capacity.js';
import { findOverdueItems } from '../../src/report/risk-overdue-items.js';
import { findPairsEndingUnfinished } from '../../src/report/risk-pair-ending-unfinished.js';
import { findStalledRoutes } from '../../src/report/risk-stalled-route.js';
import { findYoungWithoutMentor } from '../../src/report/risk-young-without-mentor.js';
import { findRisks } from '../../src/report/risks.js';
import type { Workspace } from '../../src/model/workspace.js';
import type { Risk } from '../../src/report/types.js';
import { buildWorkspace } from '../rules/build.js';
import { newcomer, person, Q1_2026 } from './figures-setup.js';

/** Risks as `person-id params…` lines, for short expectations. */
const brief = (risks: Risk[]): string[] => risks.map((r) => `${r.person.id} ${JSON.stringify(r.params)}`);
const run = (check: (ctx: ReturnType<typeof riskContext>) => Risk[], ws: Workspace, today: string) =>
  brief(check(riskContext(ws, Q1_2026, today)));

describe('overdue-items', () => {
  // Андреева's route of 2025/2026 (overlaps Q1 2026): open items due 2025-12-31, 2026-02-28 and
  // 2026-03-25, and a done one due 2026-01-15. Борисова: one open item due 2026-01-10. Власова's
  // route of 2024/2025 has two open items, but does not overlap the period.
  const ws = buildWorkspace({
    teachers: [newcomer('andreeva-aa', 'Андреева'), newcomer('borisova-bb', 'Борисова'), newcomer('vlasova-vv', 'Власова')],
    routes: [
      {
        teacher: 'andreeva-aa',
        items: [
          { id: 'a', due: '2025-12-31', status: 'planned' },
          { id: 'b', due: '2026-02-28', status: 'in_progress' },
          { id: 'c', due: '2026-03-25', status: 'planned' },
          { id: 'd', due: '2026-01-15', status: 'done', done_on: '2026-01-20' },
        ],
      },
      { teacher: 'borisova-bb', items: [{ id: 'a', due: '2026-01-10' }] },
      {
        teacher: 'vlasova-vv',
        year: '2024/2025',
        period: { start: '2024-09-15', end: '2025-05-31' },
        items: [{ id: 'a', due: '2025-03-01' }, { id: 'b', due: '2025-04-01' }],
      },
    ],
  });

  it('flags a mentee with two or more items overdue, counting items due before the period', () => {
    // Today 03-20: a (12-31) and b (02-28) = 2. Today 02-28: only a = 1, no risk.
    expect(run(findOverdueItems, ws, '2026-03-20')).toEqual(['andreeva-aa {"count":2}']);
    expect(run(findOverdueItems, ws, '2026-02-28')).toEqual([]);
  });

  it('counts up to the day after the period once today is past it', () => {
    // Today 2026-05-01: the cutoff is 2026-04-01, so c (03-25) too = 3.
    expect(run(findOverdueItems, ws, '2026-05-01')).toEqual(['andreeva-aa {"count":3}']);
  });
});

describe('stalled-route', () => {
  // Today 2026-03-20: the 45 days ending on it begin on 2026-02-04.
  const route = (teacher: string, start: string, end: string, done: string[], met: string[]) => ({
    teacher,
    period: { start, end },
    items: done.map((d, i) => ({ id: `i${i}`, due: d, status: 'done' as const, done_on: d })),
    meetings: met.map((date) => ({ date, topic: 'Встреча', minutes: 30 })),
  });
  const ws = buildWorkspace({
    teachers: ['a', 'b', 'c', 'd', 'e', 'f'].map((id) => newcomer(id, id)),
    routes: [
      route('a', '2025-09-15', '2026-05-31', ['2026-02-03'], ['2026-01-20']), // last event the day before: stalled
      route('b', '2025-09-15', '2026-05-31', [], ['2026-02-04']), // a meeting on the first day of the 45: fine
      route('c', '2026-02-05', '2026-05-31', [], []), // begun 44 days ago: too young to stall
      route('d', '2026-02-04', '2026-05-31', [], []), // begun 45 days ago, nothing since: stalled
      route('e', '2025-09-15', '2026-03-19', [], []), // ended yesterday: not active
      route('f', '2025-09-15', '2026-05-31', ['2026-01-10'], ['2026-03-25']), // a meeting after today does not count
    ],
  });

  it('flags routes in progress with no item done and no meeting in the last 45 days', () => {
    expect(run(findStalledRoutes, ws, '2026-03-20')).toEqual([
      'a {"since":"2026-02-03"}',
      'd {"since":"2026-02-04"}',
      'f {"since":"2026-01-10"}',
    ]);
  });
});

describe('mentor-over-capacity', () => {
  it('flags a mentor whose peak in the period exceeds their capacity', () => {
    // Петрова (capacity 2): three pairs overlap 2026-02-01..02-10. Васильева (max_mentees 3): the same: fine.
    // Смирнова had three pairs at once in 2025 only: in the period, 1.
    const three = (start: string, end: string) =>
      ['a', 'b', 'c'].map((mentee, i) => ({ mentee, start: i === 0 ? start : '2026-02-01', end: i === 0 ? end : '2026-02-10' }));
    const ws = buildWorkspace({
      teachers: [person('petrova-ov', 'Петрова'), person('vasilyeva-ig', 'Васильева'), person('smirnova-tn', 'Смирнова')],
      mentors: [
        { teacher: 'petrova-ov', pairs: three('2025-09-01', '2026-05-31') },
        { teacher: 'vasilyeva-ig', max_mentees: 3, pairs: three('2025-09-01', '2026-05-31') },
        {
          teacher: 'smirnova-tn',
          pairs: ['a', 'b', 'c'].map((mentee, i) => ({ mentee, start: '2025-09-01', end: i === 0 ? '2026-05-31' : '2025-12-31' })),
        },
      ],
    });
    expect(run(findMentorsOverCapacity, ws, '2026-03-20')).toEqual(['petrova-ov {"peak":3,"capacity":2}']);
  });
});

describe('pair-ending-unfinished', () => {
  // Today 2026-03-20: pairs ending on or before 2026-04-19 are looked at.
  const items = (statuses: ('planned' | 'in_progress' | 'done' | 'cancelled')[]) =>
    statuses.map((status, i) => ({ id: `i${i}`, due: '2026-03-01', status, ...(status === 'done' ? { done_on: '2026-03-01' } : {}) }));
  const ws = buildWorkspace({
    teachers: [person('petrova-ov', 'Петрова Ольга Викторовна'), ...['a', 'b', 'c', 'd', 'e'].map((id) => newcomer(id, id))],
    mentors: [
      {
        teacher: 'petrova-ov',
        max_mentees: 5,
        pairs: [
          { mentee: 'a', end: '2026-04-19' }, // the 30th day: flagged, 2 open
          { mentee: 'b', end: '2026-04-20' }, // the 31st day: not yet
          { mentee: 'c', end: '2026-03-20' }, // ends today: flagged
          { mentee: 'd', end: '2026-04-01' }, // route finished: fine
          { mentee: 'e', end: '2026-03-19' }, // ended yesterday: not active
        ],
      },
    ],
    routes: [
      { teacher: 'a', items: items(['planned', 'in_progress', 'done', 'cancelled']) },
      { teacher: 'b', items: items(['planned']) },
      { teacher: 'c', items: items(['in_progress', 'done']) },
      { teacher: 'd', items: items(['done', 'cancelled']) },
      { teacher: 'e', items: items(['planned']) },
    ],
  });

  it('flags a pair ending within 30 days whose mentee still has open items', () => {
    expect(run(findPairsEndingUnfinished, ws, '2026-03-20')).toEqual([
      'a {"end":"2026-04-19","open":2,"mentor":"Петрова Ольга Викторовна"}',
      'c {"end":"2026-03-20","open":1,"mentor":"Петрова Ольга Викторовна"}',
    ]);
  });

  it('looks from the period end once today is past it', () => {
    // Today 2026-06-01: the day is 2026-03-31, the horizon 2026-04-30: a and b; c ended before.
    expect(run(findPairsEndingUnfinished, ws, '2026-06-01').map((r) => r.slice(0, 1))).toEqual(['a', 'b']);
  });
});

describe('young-specialist-without-mentor', () => {
  // Today 2026-03-20. Young (below 3 years on 2026-01-01 or the later hire date): a, b, c, d.
  const ws = buildWorkspace({
    teachers: [
      person('petrova-ov', 'Петрова'),
      newcomer('a', 'a'), // mentored today
      newcomer('b', 'b'), // pair ended yesterday: flagged, 0.35 years on 2026-01-01 → 0.3
      newcomer('c', 'c', { hired: '2026-03-25', experience: { years: 1.27, as_of: '2026-03-25' } }), // not yet employed today
      newcomer('d', 'd', { left: '2026-03-10' }), // gone
      person('e', 'e'), // experienced
      newcomer('j', 'j', { position: 'junior_educator' }), // not pedagogical
    ],
    mentors: [
      {
        teacher: 'petrova-ov',
        pairs: [
          { mentee: 'a', end: '2026-03-20' },
          { mentee: 'b', end: '2026-03-19' },
        ],
      },
    ],
  });

  it('flags a young specialist employed today with no active pair', () => {
    // b: hired 2025-08-25 with no experience, 207 days on as_of 2026-03-20 = 0.57 years.
    expect(run(findYoungWithoutMentor, ws, '2026-03-20')).toEqual(['b {"years":0.5}']);
  });
});

describe('findRisks', () => {
  it('lists risks by code order, then person', () => {
    // Young Борисова and Андреева without mentors; Власова with two overdue items (no pair either).
    const ws = buildWorkspace({
      teachers: [newcomer('borisova-bb', 'Борисова'), newcomer('andreeva-aa', 'Андреева'), newcomer('vlasova-vv', 'Власова')],
      routes: [
        {
          teacher: 'vlasova-vv',
          period: { start: '2026-03-01', end: '2026-05-31' },
          items: [{ id: 'a', due: '2026-03-02' }, { id: 'b', due: '2026-03-03' }],
        },
      ],
    });
    expect(findRisks(ws, Q1_2026, '2026-03-20').map((r) => `${r.code} ${r.person.id}`)).toEqual([
      'overdue-items vlasova-vv',
      'young-specialist-without-mentor andreeva-aa',
      'young-specialist-without-mentor borisova-bb',
      'young-specialist-without-mentor vlasova-vv',
      // Their education (2010 by default) is their latest training: courses outdated.
      'courses-outdated andreeva-aa',
      'courses-outdated borisova-bb',
      'courses-outdated vlasova-vv',
    ]);
  });
});
