import { describe, expect, it } from 'vitest';
import { routePeriodOutsideYear } from '../../src/validate/rules/route-period-outside-year.js';
import { run } from './run.js';

describe('route-period-outside-year', () => {
  it('reports a start before 1 September of the year', () => {
    expect(run(routePeriodOutsideYear, { routes: [{ period: { start: '2025-08-25', end: '2026-05-31' } }] })).toEqual([
      {
        rule: 'route-period-outside-year',
        severity: 'error',
        file: 'routes/2025-2026/ivanova-ma.yaml',
        pointer: '/period/start',
        params: { year: '2025/2026', yearStart: '2025-09-01', yearEnd: '2026-08-31', edge: 'start', date: '2025-08-25' },
      },
    ]);
  });

  it('reports an end after 31 August', () => {
    const problems = run(routePeriodOutsideYear, { routes: [{ period: { start: '2025-09-01', end: '2026-09-01' } }] });
    expect(problems.map((p) => [p.pointer, p.params['date']])).toEqual([['/period/end', '2026-09-01']]);
  });

  it('accepts the whole academic year', () => {
    expect(run(routePeriodOutsideYear, { routes: [{ period: { start: '2025-09-01', end: '2026-08-31' } }] })).toEqual([]);
  });
});
