import { describe, expect, it } from 'vitest';
import { agreementMissing } from '../../src/validate/rules/agreement-missing.js';
import { run } from './run.js';

describe('agreement-missing', () => {
  it('reports a pair from 2025-03-01 on without an addendum', () => {
    expect(run(agreementMissing, { mentors: [{ pairs: [{}, { mentee: 'a', agreement: undefined }] }] })).toEqual([
      {
        rule: 'agreement-missing',
        severity: 'error',
        file: 'mentors/petrova-ov.yaml',
        pointer: '/pairs/1/mentee',
        params: { mentor: 'petrova-ov', mentee: 'a', start: '2025-09-01' },
      },
    ]);
  });

  it('does not ask an addendum of pairs that began before 2025-03-01', () => {
    expect(run(agreementMissing, { mentors: [{ pairs: [{ start: '2025-02-28', agreement: undefined }] }] })).toEqual([]);
  });
});
