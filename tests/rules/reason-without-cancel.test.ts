import { describe, expect, it } from 'vitest';
import { reasonWithoutCancel } from '../../src/validate/rules/reason-without-cancel.js';
import { run } from './run.js';

describe('reason-without-cancel', () => {
  it('reports a reason on an item that is not cancelled', () => {
    expect(run(reasonWithoutCancel, { routes: [{ items: [{ status: 'planned', reason: 'перенесено' }] }] })).toEqual([
      {
        rule: 'reason-without-cancel',
        severity: 'warning',
        file: 'routes/2025-2026/ivanova-ma.yaml',
        pointer: '/items/0/reason',
        params: { id: 'normative-fop', status: 'planned' },
      },
    ]);
  });

  it('accepts the reason of a cancelled item', () => {
    expect(run(reasonWithoutCancel, { routes: [{ items: [{ status: 'cancelled', reason: 'перенесено' }] }] })).toEqual([]);
  });
});
