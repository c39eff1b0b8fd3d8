import { describe, expect, it } from 'vitest';
import { assessmentOutsideYear } from '../../src/validate/rules/assessment-outside-year.js';
import { run } from './run.js';

describe('assessment-outside-year', () => {
  it('reports an assessment dated in another academic year', () => {
    const assessments = [{ kind: 'entry' as const, date: '2025-08-30', scores: { family: 0.6 } }];
    expect(run(assessmentOutsideYear, { diagnostics: [{ assessments }] })).toEqual([
      {
        rule: 'assessment-outside-year',
        severity: 'error',
        file: 'diagnostics/2025-2026/ivanova-ma.yaml',
        pointer: '/assessments/0/date',
        params: { date: '2025-08-30', year: '2025/2026', yearStart: '2025-09-01', yearEnd: '2026-08-31' },
      },
    ]);
  });

  it('accepts dates within the year', () => {
    expect(run(assessmentOutsideYear, { diagnostics: [{}] })).toEqual([]);
  });
});
