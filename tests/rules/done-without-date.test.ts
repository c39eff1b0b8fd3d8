import { describe, expect, it } from 'vitest';
import { doneWithoutDate } from '../../src/validate/rules/done-without-date.js';
import { run } from './run.js';

describe('done-without-date', () => {
  it('reports a done item with no done_on', () => {
    expect(run(doneWithoutDate, { routes: [{ items: [{ status: 'done' }] }] })).toEqual([
      {
        rule: 'done-without-date',
        severity: 'error',
        file: 'routes/2025-2026/ivanova-ma.yaml',
        pointer: '/items/0/status',
        params: { id: 'normative-fop' },
      },
    ]);
  });

  it('accepts a done item with its date', () => {
    expect(run(doneWithoutDate, { routes: [{ items: [{ status: 'done', done_on: '2025-09-28' }] }] })).toEqual([]);
  });
});
