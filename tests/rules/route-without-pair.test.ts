import { describe, expect, it } from 'vitest';
import { routeWithoutPair } from '../../src/validate/rules/route-without-pair.js';
import { run } from './run.js';

describe('route-without-pair', () => {
  it('reports a route whose mentor has no pair with the teacher in its period', () => {
    const mentors = [{ pairs: [{ start: '2024-09-01', end: '2025-05-31' }] }];
    expect(run(routeWithoutPair, { mentors, routes: [{}] })).toEqual([
      {
        rule: 'route-without-pair',
        severity: 'error',
        file: 'routes/2025-2026/ivanova-ma.yaml',
        pointer: '/mentor',
        params: { teacher: 'ivanova-ma', mentor: 'petrova-ov', start: '2025-09-15', end: '2026-05-31' },
      },
    ]);
  });

  it('reports a pair of the mentor with someone else', () => {
    expect(run(routeWithoutPair, { mentors: [{ pairs: [{ mentee: 'sidorova-ni' }] }], routes: [{}] })).toHaveLength(1);
  });

  it('accepts a pair active on some day of the period, even one ended early', () => {
    const pairs = [{ ended_early: { date: '2025-09-15', reason: 'перевод' } }];
    expect(run(routeWithoutPair, { mentors: [{ pairs }], routes: [{}] })).toEqual([]);
  });

  it('leaves a mentor with no record and unknown teachers to other rules', () => {
    expect(run(routeWithoutPair, { routes: [{}] })).toEqual([]);
    expect(run(routeWithoutPair, { mentors: [{}], routes: [{ teacher: 'nobody' }] })).toEqual([]);
  });
});
