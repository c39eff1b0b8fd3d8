import { describe, expect, it } from 'vitest';
import { itemDueOutsidePeriod } from '../../src/validate/rules/item-due-outside-period.js';
import { run } from './run.js';

describe('item-due-outside-period', () => {
  it('reports an item due after the period', () => {
    const items = [{}, { id: 'final-report', due: '2026-06-10' }];
    expect(run(itemDueOutsidePeriod, { routes: [{ items }] })).toEqual([
      {
        rule: 'item-due-outside-period',
        severity: 'error',
        file: 'routes/2025-2026/ivanova-ma.yaml',
        pointer: '/items/1/due',
        params: { id: 'final-report', due: '2026-06-10', start: '2025-09-15', end: '2026-05-31' },
      },
    ]);
  });

  it('accepts items due on the first and last day', () => {
    expect(run(itemDueOutsidePeriod, { routes: [{ items: [{ due: '2025-09-15' }, { id: 'x', due: '2026-05-31' }] }] })).toEqual([]);
  });

  it('stays quiet when the period itself is reversed', () => {
    expect(run(itemDueOutsidePeriod, { routes: [{ period: { start: '2026-05-31', end: '2025-09-15' } }] })).toEqual([]);
  });
});
