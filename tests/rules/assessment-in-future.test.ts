import { describe, expect, it } from 'vitest';
import { assessmentInFuture } from '../../src/validate/rules/assessment-in-future.js';
import { run } from './run.js';

describe('assessment-in-future', () => {
  it('reports an assessment dated after today', () => {
    const assessments = [{ kind: 'final' as const, date: '2026-05-20', scores: { family: 1.2 } }];
    expect(run(assessmentInFuture, { diagnostics: [{ assessments }] })).toEqual([
      {
        rule: 'assessment-in-future',
        severity: 'error',
        file: 'diagnostics/2025-2026/ivanova-ma.yaml',
        pointer: '/assessments/0/date',
        params: { date: '2026-05-20', today: '2026-03-20' },
      },
    ]);
  });

  it('accepts past assessments', () => {
    expect(run(assessmentInFuture, { diagnostics: [{}] })).toEqual([]);
  });
});
