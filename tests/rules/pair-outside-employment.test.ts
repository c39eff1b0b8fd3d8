import { describe, expect, it } from 'vitest';
import { pairOutsideEmployment } from '../../src/validate/rules/pair-outside-employment.js';
import { DEFAULT_TEACHERS } from './build.js';
import { run } from './run.js';

describe('pair-outside-employment', () => {
  it('reports a pair that starts before the mentee was hired', () => {
    expect(run(pairOutsideEmployment, { mentors: [{ pairs: [{ start: '2025-08-20' }] }] })).toEqual([
      {
        rule: 'pair-outside-employment',
        severity: 'error',
        file: 'mentors/petrova-ov.yaml',
        pointer: '/pairs/0/start',
        params: { teacher: 'ivanova-ma', role: 'mentee', edge: 'hired', date: '2025-08-20', limit: '2025-08-25' },
      },
    ]);
  });

  it('reports a pair that lasts past the day the mentor left, at the field holding its last day', () => {
    const teachers = [{ ...DEFAULT_TEACHERS[0], left: '2026-01-20' }, DEFAULT_TEACHERS[1]!];
    const problems = run(pairOutsideEmployment, {
      teachers,
      mentors: [{ pairs: [{}, { mentee: 'ivanova-ma', start: '2025-10-01', ended_early: { date: '2026-02-01', reason: 'x' } }] }],
    });
    expect(problems.map((p) => [p.pointer, p.params['role'], p.params['edge'], p.params['date'], p.params['limit']])).toEqual([
      ['/pairs/0/end', 'mentor', 'left', '2026-05-31', '2026-01-20'],
      ['/pairs/1/ended_early/date', 'mentor', 'left', '2026-02-01', '2026-01-20'],
    ]);
  });

  it('is quiet when the pair ends early on the day the mentee leaves', () => {
    const teachers = [DEFAULT_TEACHERS[0]!, { ...DEFAULT_TEACHERS[1], left: '2026-01-20' }];
    const pairs = [{ ended_early: { date: '2026-01-20', reason: 'увольнение наставляемого' } }];
    expect(run(pairOutsideEmployment, { teachers, mentors: [{ pairs }] })).toEqual([]);
  });

  it('skips teachers with no valid record', () => {
    expect(run(pairOutsideEmployment, { mentors: [{ pairs: [{ mentee: 'orlova-tt', start: '2011-01-01' }] }] })).toEqual([]);
  });
});
