import { describe, expect, it } from 'vitest';
import { dateWithoutDone } from '../../src/validate/rules/date-without-done.js';
import { run } from './run.js';

describe('date-without-done', () => {
  it('reports done_on on an item that is not done', () => {
    expect(run(dateWithoutDone, { routes: [{ items: [{ status: 'in_progress', done_on: '2025-09-28' }] }] })).toEqual([
      {
        rule: 'date-without-done',
        severity: 'error',
        file: 'routes/2025-2026/ivanova-ma.yaml',
        pointer: '/items/0/done_on',
        params: { id: 'normative-fop', status: 'in_progress', date: '2025-09-28' },
      },
    ]);
  });

  it('accepts planned items without a date', () => {
    expect(run(dateWithoutDone, { routes: [{ items: [{ status: 'planned' }] }] })).toEqual([]);
  });
});
