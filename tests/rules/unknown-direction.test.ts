import { describe, expect, it } from 'vitest';
import { unknownDirection } from '../../src/validate/rules/unknown-direction.js';
import { run } from './run.js';

describe('unknown-direction', () => {
  it('reports a misspelt score key at the key, with a suggestion', () => {
    const assessments = [{ kind: 'entry' as const, date: '2025-09-12', scores: { normative: 1, famly: 0.6 } }];
    expect(run(unknownDirection, { diagnostics: [{ assessments }] })).toEqual([
      {
        rule: 'unknown-direction',
        severity: 'error',
        file: 'diagnostics/2025-2026/ivanova-ma.yaml',
        pointer: '/assessments/0/scores/famly',
        params: { code: 'famly', suggestion: 'family' },
        atKey: true,
      },
    ]);
  });

  it('checks route deficits and items and mentor expertise', () => {
    const problems = run(unknownDirection, {
      mentors: [{ expertise: ['family', 'music'] }],
      routes: [{ deficits: ['family', 'documentaton'], items: [{ direction: 'walks' }] }],
    });
    expect(problems.map((p) => [p.file, p.pointer, p.params['code'], p.params['suggestion']])).toEqual([
      ['mentors/petrova-ov.yaml', '/expertise/1', 'music', ''],
      ['routes/2025-2026/ivanova-ma.yaml', '/deficits/1', 'documentaton', 'documentation'],
      ['routes/2025-2026/ivanova-ma.yaml', '/items/0/direction', 'walks', ''],
    ]);
  });

  it('knows the directions a workspace catalog adds', () => {
    const catalog = [{ direction: 'music', title: 'Музыкальное развитие' }];
    expect(run(unknownDirection, { catalog, mentors: [{ expertise: ['music'] }] })).toEqual([]);
  });
});
