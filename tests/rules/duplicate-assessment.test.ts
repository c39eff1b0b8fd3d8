import { describe, expect, it } from 'vitest';
import { duplicateAssessment } from '../../src/validate/rules/duplicate-assessment.js';
import { run } from './run.js';

const entry = { kind: 'entry' as const, date: '2025-09-12', scores: { family: 0.6 } };

describe('duplicate-assessment', () => {
  it('reports a second assessment of the same kind', () => {
    const assessments = [entry, { ...entry, kind: 'midterm' as const, date: '2026-01-20' }, { ...entry, date: '2025-09-20' }];
    expect(run(duplicateAssessment, { diagnostics: [{ assessments }] })).toEqual([
      {
        rule: 'duplicate-assessment',
        severity: 'error',
        file: 'diagnostics/2025-2026/ivanova-ma.yaml',
        pointer: '/assessments/2/kind',
        params: { kind: 'entry', first: 1 },
      },
    ]);
  });

  it('accepts one assessment of each kind', () => {
    const assessments = [entry, { ...entry, kind: 'final' as const, date: '2026-05-20' }];
    expect(run(duplicateAssessment, { diagnostics: [{ assessments }] })).toEqual([]);
  });
});
