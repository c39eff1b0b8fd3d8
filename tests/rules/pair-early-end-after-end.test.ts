import { describe, expect, it } from 'vitest';
import { pairEarlyEndAfterEnd } from '../../src/validate/rules/pair-early-end-after-end.js';
import { run } from './run.js';

describe('pair-early-end-after-end', () => {
  it('reports an early end after the planned end', () => {
    const pairs = [{ ended_early: { date: '2026-06-10', reason: 'продление' } }];
    expect(run(pairEarlyEndAfterEnd, { mentors: [{ pairs }] })).toEqual([
      {
        rule: 'pair-early-end-after-end',
        severity: 'error',
        file: 'mentors/petrova-ov.yaml',
        pointer: '/pairs/0/ended_early/date',
        params: { mentee: 'ivanova-ma', date: '2026-06-10', end: '2026-05-31' },
      },
    ]);
  });

  it('accepts an early end before or on the planned end', () => {
    const pairs = [{ ended_early: { date: '2026-01-20', reason: 'увольнение' } }, { mentee: 'a', ended_early: { date: '2026-05-31', reason: 'x' } }];
    expect(run(pairEarlyEndAfterEnd, { mentors: [{ pairs }] })).toEqual([]);
  });
});
