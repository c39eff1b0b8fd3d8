import { describe, expect, it } from 'vitest';
import { meetingInFuture } from '../../src/validate/rules/meeting-in-future.js';
import { run } from './run.js';

describe('meeting-in-future', () => {
  it('warns about a meeting dated after today', () => {
    const meetings = [
      { date: '2025-09-18', topic: 'Знакомство', minutes: 40 },
      { date: '2026-04-02', topic: 'Открытое занятие', minutes: 30 },
    ];
    expect(run(meetingInFuture, { routes: [{ meetings }] })).toEqual([
      {
        rule: 'meeting-in-future',
        severity: 'warning',
        file: 'routes/2025-2026/ivanova-ma.yaml',
        pointer: '/meetings/1/date',
        params: { date: '2026-04-02', today: '2026-03-20' },
      },
    ]);
  });

  it('is quiet without meetings or with past ones', () => {
    expect(run(meetingInFuture, { routes: [{}] })).toEqual([]);
    expect(run(meetingInFuture, { routes: [{ meetings: [{ date: '2026-03-20', topic: 'Итоги', minutes: 20 }] }] })).toEqual([]);
  });
});
