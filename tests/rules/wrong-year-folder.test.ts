import { describe, expect, it } from 'vitest';
import { wrongYearFolder } from '../../src/validate/rules/wrong-year-folder.js';
import { run } from './run.js';

describe('wrong-year-folder', () => {
  it('reports a route in the folder of another year', () => {
    expect(run(wrongYearFolder, { routes: [{ file: 'routes/2024-2025/ivanova-ma.yaml' }] })).toEqual([
      {
        rule: 'wrong-year-folder',
        severity: 'error',
        file: 'routes/2024-2025/ivanova-ma.yaml',
        pointer: '/year',
        params: { year: '2025/2026', folder: '2024-2025', expected: '2025-2026' },
      },
    ]);
  });

  it('reports diagnostics too', () => {
    const problems = run(wrongYearFolder, { diagnostics: [{ file: 'diagnostics/2026-2027/ivanova-ma.yaml' }] });
    expect(problems.map((p) => p.file)).toEqual(['diagnostics/2026-2027/ivanova-ma.yaml']);
  });

  it('is quiet when the folder matches the year', () => {
    expect(run(wrongYearFolder, { diagnostics: [{}], routes: [{}] })).toEqual([]);
  });
});
