import { describe, expect, it } from 'vitest';
import { pairEndBeforeStart } from '../../src/validate/rules/pair-end-before-start.js';
import { run } from './run.js';

describe('pair-end-before-start', () => {
  it('reports a planned end before the start', () => {
    expect(run(pairEndBeforeStart, { mentors: [{ pairs: [{ end: '2025-08-31' }] }] })).toEqual([
      {
        rule: 'pair-end-before-start',
        severity: 'error',
        file: 'mentors/petrova-ov.yaml',
        pointer: '/pairs/0/end',
        params: { mentee: 'ivanova-ma', start: '2025-09-01', end: '2025-08-31', field: 'end' },
      },
    ]);
  });

  it('reports an early end before the start', () => {
    const pairs = [{ ended_early: { date: '2025-08-20', reason: 'отказ' } }];
    const problems = run(pairEndBeforeStart, { mentors: [{ pairs }] });
    expect(problems.map((p) => [p.pointer, p.params['field'], p.params['end']])).toEqual([
      ['/pairs/0/ended_early/date', 'ended_early', '2025-08-20'],
    ]);
  });

  it('accepts a one-day pair', () => {
    expect(run(pairEndBeforeStart, { mentors: [{ pairs: [{ end: '2025-09-01' }] }] })).toEqual([]);
  });
});
