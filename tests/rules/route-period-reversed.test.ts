import { describe, expect, it } from 'vitest';
import { routePeriodReversed } from '../../src/validate/rules/route-period-reversed.js';
import { run } from './run.js';

describe('route-period-reversed', () => {
  it('reports a period that ends before it starts', () => {
    expect(run(routePeriodReversed, { routes: [{ period: { start: '2026-05-31', end: '2025-09-15' } }] })).toEqual([
      {
        rule: 'route-period-reversed',
        severity: 'error',
        file: 'routes/2025-2026/ivanova-ma.yaml',
        pointer: '/period/end',
        params: { start: '2026-05-31', end: '2025-09-15' },
      },
    ]);
  });

  it('accepts a period in order', () => {
    expect(run(routePeriodReversed, { routes: [{}] })).toEqual([]);
  });
});
