// Unit tests of deriving events from the versions of one record file, inline, without git.

import { describe, expect, it } from 'vitest';
import { BACK_DATED_DAYS, backDatedDays } from '../../src/history/back-dated.js';
import { deriveEvents } from '../../src/history/derive-events.js';
import type { FileVersion, VersionChange } from '../../src/history/types.js';

const ROUTE = 'routes/2025-2026/ivanova-ma.yaml';

type Item = { id: string; status: string; done_on?: string };

const version = (date: string, change: VersionChange, path: string, value?: Record<string, unknown>, oldPath?: string): FileVersion => ({
  stamp: { commit: `c-${date}`, date, author: 'Анна' },
  change,
  path,
  ...(value === undefined ? {} : { value }),
  ...(oldPath === undefined ? {} : { oldPath }),
});

const route = (date: string, change: VersionChange, items: Item[], path = ROUTE, oldPath?: string): FileVersion =>
  version(date, change, path, { teacher: 'ivanova-ma', items }, oldPath);

/** `date kind item from→to` lines: what a reader of the table would check. */
const lines = (versions: FileVersion[]): string[] =>
  deriveEvents(versions).map((e) =>
    [e.date, e.kind, e.item, 'from' in e ? e.from : undefined, 'to' in e ? e.to : undefined, e.done_on, 'days' in e ? `${e.days}d` : undefined]
      .filter((x) => x !== undefined)
      .join(' '),
  );

describe('deriveEvents for a route', () => {
  it('gives items added, statuses changed, done_on set, and flags only marks over 14 days late', () => {
    const versions = [
      route('2025-09-15', 'created', [
        { id: 'a', status: 'planned' },
        { id: 'b', status: 'planned' },
        { id: 'c', status: 'planned' },
      ]),
      route('2025-10-03', 'modified', [
        { id: 'a', status: 'done', done_on: '2025-09-28' },
        { id: 'b', status: 'in_progress' },
        { id: 'c', status: 'planned' },
      ]),
      route('2025-10-20', 'modified', [
        { id: 'a', status: 'done', done_on: '2025-09-28' },
        { id: 'b', status: 'in_progress' },
        { id: 'c', status: 'done', done_on: '2025-09-30' },
      ]),
    ];
    expect(lines(versions)).toEqual([
      '2025-09-15 file-created',
      '2025-09-15 item-added a planned',
      '2025-09-15 item-added b planned',
      '2025-09-15 item-added c planned',
      '2025-10-03 status-changed a planned done 2025-09-28',
      '2025-10-03 status-changed b planned in_progress',
      '2025-10-20 status-changed c planned done 2025-09-30',
      '2025-10-20 back-dated c 2025-09-30 20d',
    ]);
  });

  it('checks a done_on when it first appears: a corrected date is checked again, an unchanged one never', () => {
    const versions = [
      route('2025-10-01', 'created', [{ id: 'a', status: 'done', done_on: '2025-09-01' }]),
      route('2025-10-02', 'modified', [{ id: 'a', status: 'done', done_on: '2025-09-30' }]),
      route('2025-11-30', 'modified', [{ id: 'a', status: 'done', done_on: '2025-09-30' }]),
      route('2025-12-01', 'modified', [{ id: 'a', status: 'done', done_on: '2025-09-01' }]),
    ];
    expect(lines(versions)).toEqual([
      '2025-10-01 file-created',
      '2025-10-01 item-added a done 2025-09-01',
      '2025-10-01 back-dated a 2025-09-01 30d',
      '2025-10-02 done-on-changed a 2025-09-01 2025-09-30',
      '2025-12-01 done-on-changed a 2025-09-30 2025-09-01',
    ]);
  });

  it('gives removed items, a status taken back, renames and the deletion', () => {
    const moved = 'routes/2025-2026/ivanova-ma.yaml';
    const versions = [
      route('2025-09-15', 'created', [{ id: 'a', status: 'done', done_on: '2025-09-10' }, { id: 'b', status: 'planned' }], 'routes/2025-2026/ivanva-ma.yaml'),
      route('2025-09-16', 'renamed', [{ id: 'a', status: 'in_progress' }], moved, 'routes/2025-2026/ivanva-ma.yaml'),
      version('2025-09-17', 'deleted', moved),
    ];
    expect(lines(versions)).toEqual([
      '2025-09-15 file-created',
      '2025-09-15 item-added a done 2025-09-10',
      '2025-09-15 item-added b planned',
      '2025-09-16 file-renamed routes/2025-2026/ivanva-ma.yaml routes/2025-2026/ivanova-ma.yaml',
      '2025-09-16 status-changed a done in_progress',
      '2025-09-16 item-removed b planned',
      '2025-09-17 file-deleted',
    ]);
    expect(deriveEvents(versions).map((e) => e.file)).toEqual([...Array(3).fill('routes/2025-2026/ivanva-ma.yaml'), ...Array(4).fill(moved)]);
  });

  it('marks an unreadable version and compares the next one with the last readable', () => {
    const versions = [
      route('2025-09-15', 'created', [{ id: 'a', status: 'planned' }]),
      version('2025-09-16', 'modified', ROUTE),
      route('2025-09-17', 'modified', [{ id: 'a', status: 'in_progress' }]),
    ];
    expect(lines(versions)).toEqual([
      '2025-09-15 file-created',
      '2025-09-15 item-added a planned',
      '2025-09-16 file-unreadable',
      '2025-09-17 status-changed a planned in_progress',
    ]);
  });

  it('after a deletion, compares a file made again with what it held before', () => {
    const versions = [
      route('2025-09-15', 'created', [{ id: 'a', status: 'done', done_on: '2025-08-01' }]),
      version('2025-09-16', 'deleted', ROUTE),
      route('2025-09-17', 'restored', [{ id: 'a', status: 'done', done_on: '2025-08-01' }]),
    ];
    expect(lines(versions)).toEqual([
      '2025-09-15 file-created',
      '2025-09-15 item-added a done 2025-08-01',
      '2025-09-15 back-dated a 2025-08-01 45d',
      '2025-09-16 file-deleted',
      '2025-09-17 file-restored',
    ]);
  });

  it('leaves out items without an id', () => {
    const versions = [version('2025-09-15', 'created', ROUTE, { items: [{ status: 'planned' }, 'junk', { id: 'a', status: 'planned' }] })];
    expect(lines(versions)).toEqual(['2025-09-15 file-created', '2025-09-15 item-added a planned']);
  });
});

describe('deriveEvents for mentors and teachers', () => {
  const mentor = (pairs: Record<string, unknown>[]): Record<string, unknown> => ({ teacher: 'petrova-ov', pairs });
  const pair = { mentee: 'ivanova-ma', start: '2025-09-01', end: '2026-05-31' };

  it('gives pairs added, ended early and removed; a corrected start is the same pair', () => {
    const path = 'mentors/petrova-ov.yaml';
    const versions = [
      version('2025-09-01', 'created', path, mentor([pair])),
      version('2025-09-02', 'modified', path, mentor([{ ...pair, start: '2025-09-02' }, { mentee: 'sidorova-aa', start: '2025-09-01', end: '2026-05-31' }])),
      version('2026-01-20', 'modified', path, mentor([{ ...pair, ended_early: { date: '2026-01-20', reason: 'увольнение' } }])),
    ];
    expect(lines(versions)).toEqual([
      '2025-09-01 file-created',
      '2025-09-01 pair-added ivanova-ma 2025-09-01 2026-05-31',
      '2025-09-02 pair-added sidorova-aa 2025-09-01 2026-05-31',
      '2026-01-20 pair-ended-early ivanova-ma 2026-01-20',
      '2026-01-20 pair-removed sidorova-aa',
    ]);
    expect(deriveEvents(versions)[3]).toMatchObject({ reason: 'увольнение' });
  });

  it('follows a second pair with the same mentee as a pair of its own', () => {
    const path = 'mentors/petrova-ov.yaml';
    const versions = [
      version('2025-09-01', 'created', path, mentor([pair])),
      version('2026-09-01', 'modified', path, mentor([pair, { ...pair, start: '2026-09-01', end: '2027-05-31' }])),
    ];
    expect(lines(versions).at(-1)).toBe('2026-09-01 pair-added ivanova-ma 2026-09-01 2027-05-31');
  });

  it("gives a teacher's leaving date set, changed and cleared", () => {
    const path = 'teachers/sidorova-aa.yaml';
    const versions = [
      version('2025-09-01', 'created', path, { id: 'sidorova-aa' }),
      version('2025-11-10', 'modified', path, { id: 'sidorova-aa', left: '2025-11-30' }),
      version('2025-11-20', 'modified', path, { id: 'sidorova-aa', left: '2025-12-15' }),
      version('2025-12-01', 'modified', path, { id: 'sidorova-aa' }),
    ];
    expect(lines(versions)).toEqual([
      '2025-09-01 file-created',
      '2025-11-10 left-set 2025-11-30',
      '2025-11-20 left-set 2025-11-30 2025-12-15',
      '2025-12-01 left-cleared 2025-12-15',
    ]);
  });
});

describe('backDatedDays', () => {
  it(`flags more than ${BACK_DATED_DAYS} days, not exactly ${BACK_DATED_DAYS}`, () => {
    expect(backDatedDays('2025-10-01', '2025-10-15')).toBeUndefined();
    expect(backDatedDays('2025-10-01', '2025-10-16')).toBe(15);
    expect(backDatedDays('2025-10-01', '2025-10-06')).toBeUndefined();
  });

  it('ignores dates that are not dates', () => {
    expect(backDatedDays('2025-02-30', '2025-10-16')).toBeUndefined();
    expect(backDatedDays('soon', '2025-10-16')).toBeUndefined();
  });
});
