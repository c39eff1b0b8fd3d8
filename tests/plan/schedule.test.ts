// Plan stage: spreading activities over the months of a route period — preferred months first,
// never in summer, at most N a month, the rest moved to the nearest month with room.

import { describe, expect, it } from 'vitest';
import { dueDate, periodMonths, scheduleActivities, type Schedulable, type ScheduleOptions } from '../../src/plan/schedule.js';

/** The academic year 2025/2026 as a route period, with the default limit of four a month. */
const YEAR: ScheduleOptions = { periodStart: '2025-09-01', periodEnd: '2026-05-31', maxPerMonth: 4 };

/** Activities `a1`, `a2`, … all preferring the same months. */
function many(count: number, months: number[], prefix = 'a'): Schedulable[] {
  return Array.from({ length: count }, (_, i) => ({ id: `${prefix}${i + 1}`, months }));
}

function monthOf(result: ReturnType<typeof scheduleActivities>, id: string): string | undefined {
  return result.placed.find((p) => p.id === id)?.month;
}

function countIn(result: ReturnType<typeof scheduleActivities>, month: string): number {
  return result.placed.filter((p) => p.month === month).length;
}

describe('periodMonths', () => {
  it('lists the months of the period in order', () => {
    expect(periodMonths('2026-01-12', '2026-05-31')).toEqual(['2026-01', '2026-02', '2026-03', '2026-04', '2026-05']);
  });

  it('leaves out June, July and August: a period September–August has nine months', () => {
    expect(periodMonths('2025-09-01', '2026-08-31')).toEqual([
      '2025-09',
      '2025-10',
      '2025-11',
      '2025-12',
      '2026-01',
      '2026-02',
      '2026-03',
      '2026-04',
      '2026-05',
    ]);
  });

  it('is empty for a period that lies in the summer only', () => {
    expect(periodMonths('2026-06-01', '2026-08-31')).toEqual([]);
  });
});

describe('dueDate', () => {
  it('is the last day of the month', () => {
    expect(dueDate('2025-11', '2026-05-31')).toBe('2025-11-30');
    expect(dueDate('2025-12', '2026-05-31')).toBe('2025-12-31');
    expect(dueDate('2026-02', '2026-05-31')).toBe('2026-02-28');
  });

  it('knows leap years', () => {
    expect(dueDate('2028-02', '2028-05-31')).toBe('2028-02-29');
  });

  it('is the period end when the period ends in the middle of that month', () => {
    expect(dueDate('2026-04', '2026-04-15')).toBe('2026-04-15');
  });
});

describe('scheduleActivities: the limit per month', () => {
  it('puts no more than maxPerMonth activities in one month', () => {
    const result = scheduleActivities(many(5, [10]), YEAR);
    expect(countIn(result, '2025-10')).toBe(4);
    expect(result.placed).toHaveLength(5);
  });

  it('keeps the first four in October, in the given order, and does not report them as moved', () => {
    const result = scheduleActivities(many(5, [10]), YEAR);
    const october = result.placed.filter((p) => p.month === '2025-10');
    expect(october.map((p) => p.id)).toEqual(['a1', 'a2', 'a3', 'a4']);
    expect(october.every((p) => !p.moved)).toBe(true);
  });

  it('moves the fifth to the nearest month with room and reports it as moved', () => {
    const fifth = scheduleActivities(many(5, [10]), YEAR).placed.find((p) => p.id === 'a5');
    // September and November are equally near; the later one wins (September may be too soon).
    expect(fifth).toEqual({ id: 'a5', month: '2025-11', due: '2025-11-30', moved: true });
  });

  it('moves further out when the nearest months are full too', () => {
    const result = scheduleActivities(many(13, [10]), YEAR);
    expect(countIn(result, '2025-09')).toBe(4);
    expect(countIn(result, '2025-10')).toBe(4);
    expect(countIn(result, '2025-11')).toBe(4);
    expect(monthOf(result, 'a13')).toBe('2025-12');
  });

  it('honours a different limit', () => {
    const result = scheduleActivities(many(3, [10]), { ...YEAR, maxPerMonth: 1 });
    expect(result.placed.map((p) => p.month)).toEqual(['2025-10', '2025-11', '2025-09']);
  });
});

describe('scheduleActivities: summer', () => {
  it('never uses June, July or August, even when they are the preferred months', () => {
    const result = scheduleActivities([{ id: 'summer', months: [6, 7, 8] }], { ...YEAR, periodEnd: '2026-08-31' });
    expect(result.placed).toHaveLength(1);
    expect(result.placed[0]!.month).toBe('2026-05');
    expect(result.placed[0]!.moved).toBe(true);
  });

  it('keeps summer out when many activities overflow the spring', () => {
    const result = scheduleActivities(many(10, [5]), { ...YEAR, periodEnd: '2026-08-31' });
    const months = result.placed.map((p) => Number(p.month.slice(5, 7)));
    expect(months.filter((m) => m >= 6 && m <= 8)).toEqual([]);
  });
});

describe('scheduleActivities: a mid-year start', () => {
  const MID_YEAR: ScheduleOptions = { periodStart: '2026-01-12', periodEnd: '2026-05-31', maxPerMonth: 4 };

  it('moves a September activity to the nearest month with room, January', () => {
    const result = scheduleActivities([{ id: 'september', months: [9] }], MID_YEAR);
    expect(result.placed).toEqual([{ id: 'september', month: '2026-01', due: '2026-01-31', moved: true }]);
  });

  it('moves it on to February when January is full', () => {
    const result = scheduleActivities([{ id: 'september', months: [9] }], { ...MID_YEAR, occupied: new Map([['2026-01', 4]]) });
    expect(monthOf(result, 'september')).toBe('2026-02');
  });

  it('never places anything before the period starts', () => {
    const result = scheduleActivities(many(20, [9, 10, 11, 12]), MID_YEAR);
    expect(result.placed.every((p) => p.month >= '2026-01')).toBe(true);
  });
});

describe('scheduleActivities: order of preference', () => {
  it('takes the first preferred month when it has room', () => {
    const result = scheduleActivities([{ id: 'x', months: [11, 12] }], YEAR);
    expect(result.placed).toEqual([{ id: 'x', month: '2025-11', due: '2025-11-30', moved: false }]);
  });

  it('takes the second preferred month when the first is full, and that is not a move', () => {
    const result = scheduleActivities([{ id: 'x', months: [11, 12] }], { ...YEAR, occupied: new Map([['2025-11', 4]]) });
    expect(result.placed).toEqual([{ id: 'x', month: '2025-12', due: '2025-12-31', moved: false }]);
  });

  it('lets an earlier activity take a month before a later one', () => {
    const result = scheduleActivities([...many(4, [12], 'first'), { id: 'second', months: [12, 1] }], YEAR);
    expect(monthOf(result, 'second')).toBe('2026-01');
  });

  it('skips a preferred month outside the period for the next preferred one inside it', () => {
    const result = scheduleActivities([{ id: 'x', months: [10, 2] }], { periodStart: '2026-01-12', periodEnd: '2026-05-31', maxPerMonth: 4 });
    expect(result.placed).toEqual([{ id: 'x', month: '2026-02', due: '2026-02-28', moved: false }]);
  });
});

describe('scheduleActivities: due dates', () => {
  it('gives each activity the last day of its month', () => {
    const result = scheduleActivities(
      [
        { id: 'nov', months: [11] },
        { id: 'feb', months: [2] },
      ],
      YEAR,
    );
    expect(result.placed.map((p) => p.due)).toEqual(['2025-11-30', '2026-02-28']);
  });

  it('gives the period end when the period ends in the middle of the month', () => {
    const result = scheduleActivities([{ id: 'apr', months: [4] }], { ...YEAR, periodEnd: '2026-04-15' });
    expect(result.placed).toEqual([{ id: 'apr', month: '2026-04', due: '2026-04-15', moved: false }]);
  });
});

describe('scheduleActivities: a period with fewer places than activities', () => {
  /** April and May with one place each: two places. */
  const SHORT: ScheduleOptions = { periodStart: '2026-04-01', periodEnd: '2026-05-31', maxPerMonth: 1 };

  it('leaves out the activity of the lowest priority (the highest number) and lists it in unplaced', () => {
    const result = scheduleActivities(
      [
        { id: 'minor', months: [4], priority: 2 },
        { id: 'major', months: [4], priority: 0 },
        { id: 'middle', months: [5], priority: 1 },
      ],
      SHORT,
    );
    expect(result.unplaced).toEqual(['minor']);
    expect(result.placed.map((p) => p.id).sort()).toEqual(['major', 'middle']);
  });

  it('gives a kept activity its preferred month even when a left-out one comes first in the list', () => {
    const result = scheduleActivities(
      [
        { id: 'minor', months: [4], priority: 5 },
        { id: 'major', months: [4], priority: 0 },
        { id: 'other', months: [5], priority: 0 },
      ],
      SHORT,
    );
    expect(monthOf(result, 'major')).toBe('2026-04');
  });

  it('leaves out the later ones in the given order when priorities are equal', () => {
    const result = scheduleActivities(many(3, [4]), SHORT);
    expect(result.unplaced).toEqual(['a3']);
  });

  it('places every kept activity: placed and unplaced together are the input', () => {
    const result = scheduleActivities(many(7, [4]), { ...SHORT, maxPerMonth: 3 });
    expect(result.placed).toHaveLength(6);
    expect(result.unplaced).toEqual(['a7']);
  });

  it('leaves everything out when no month of the period has room', () => {
    const result = scheduleActivities(many(2, [4]), { ...SHORT, occupied: new Map([['2026-04', 1], ['2026-05', 1]]) });
    expect(result).toEqual({ placed: [], unplaced: ['a1', 'a2'] });
  });
});

describe('scheduleActivities: an existing route (occupied, notBefore)', () => {
  it('counts the items already in a month against its limit', () => {
    const result = scheduleActivities(many(2, [10]), { ...YEAR, occupied: new Map([['2025-10', 3]]) });
    expect(countIn(result, '2025-10')).toBe(1);
    expect(result.placed.find((p) => p.id === 'a2')?.moved).toBe(true);
  });

  it('uses no month before notBefore', () => {
    const result = scheduleActivities(many(6, [10]), { ...YEAR, notBefore: '2026-03' });
    expect(result.placed.every((p) => p.month >= '2026-03')).toBe(true);
    expect(result.placed).toHaveLength(6);
  });

  it('places an activity preferring the current month in it', () => {
    const result = scheduleActivities([{ id: 'now', months: [3] }], { ...YEAR, notBefore: '2026-03' });
    expect(result.placed).toEqual([{ id: 'now', month: '2026-03', due: '2026-03-31', moved: false }]);
  });

  it('goes to the next month when the current one is full', () => {
    const result = scheduleActivities([{ id: 'now', months: [3] }], {
      ...YEAR,
      notBefore: '2026-03',
      occupied: new Map([['2026-03', 4]]),
    });
    expect(monthOf(result, 'now')).toBe('2026-04');
  });
});

describe('scheduleActivities: determinism', () => {
  const input = (): Schedulable[] => [
    ...many(6, [10, 11]),
    { id: 'b', months: [9], priority: 3 },
    { id: 'c', months: [2, 3], priority: 1 },
    { id: 'd', months: [], priority: 2 },
  ];

  it('gives the same result for the same input', () => {
    expect(scheduleActivities(input(), YEAR)).toEqual(scheduleActivities(input(), YEAR));
  });

  it('does not change its input', () => {
    const activities = input();
    const occupied = new Map([['2025-10', 2]]);
    scheduleActivities(activities, { ...YEAR, occupied });
    expect(activities).toEqual(input());
    expect([...occupied]).toEqual([['2025-10', 2]]);
  });

  it('lists placements in the order of the input', () => {
    const result = scheduleActivities(input(), YEAR);
    expect(result.placed.map((p) => p.id)).toEqual(input().map((a) => a.id));
  });
});
