import { describe, expect, it } from 'vitest';
import { doneInFuture } from '../../src/validate/rules/done-in-future.js';
import { run } from './run.js';

describe('done-in-future', () => {
  it('reports an item done after today', () => {
    expect(run(doneInFuture, { routes: [{ items: [{ status: 'done', done_on: '2026-03-21' }] }] })).toEqual([
      {
        rule: 'done-in-future',
        severity: 'error',
        file: 'routes/2025-2026/ivanova-ma.yaml',
        pointer: '/items/0/done_on',
        params: { id: 'normative-fop', date: '2026-03-21', today: '2026-03-20' },
      },
    ]);
  });

  it('accepts an item done today', () => {
    expect(run(doneInFuture, { routes: [{ items: [{ status: 'done', done_on: '2026-03-20' }] }] })).toEqual([]);
  });
});
