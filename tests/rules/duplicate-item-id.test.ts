import { describe, expect, it } from 'vitest';
import { duplicateItemId } from '../../src/validate/rules/duplicate-item-id.js';
import { run } from './run.js';

describe('duplicate-item-id', () => {
  it('reports the second item with an id, naming the first by number', () => {
    const items = [{}, { id: 'family-meeting', direction: 'family' }, { direction: 'documentation' }];
    expect(run(duplicateItemId, { routes: [{ items }] })).toEqual([
      {
        rule: 'duplicate-item-id',
        severity: 'error',
        file: 'routes/2025-2026/ivanova-ma.yaml',
        pointer: '/items/2/id',
        params: { id: 'normative-fop', first: 1 },
      },
    ]);
  });

  it('allows the same item id in different routes', () => {
    expect(run(duplicateItemId, { routes: [{}, { teacher: 'petrova-ov' }] })).toEqual([]);
  });
});
