import { describe, expect, it } from 'vitest';
import { consentMissing } from '../../src/validate/rules/consent-missing.js';
import { run } from './run.js';

describe('consent-missing', () => {
  it('reports a mentor without consent once, naming the earliest pair that needs it', () => {
    const pairs = [{ start: '2025-10-01' }, { mentee: 'a', start: '2025-03-01' }];
    expect(run(consentMissing, { mentors: [{ consent: undefined, pairs }] })).toEqual([
      {
        rule: 'consent-missing',
        severity: 'error',
        file: 'mentors/petrova-ov.yaml',
        pointer: '/teacher',
        params: { mentor: 'petrova-ov', start: '2025-03-01', since: '2025-03-01' },
      },
    ]);
  });

  it('does not ask consent for pairs that began before 2025-03-01', () => {
    const pairs = [{ start: '2025-02-28', agreement: undefined }];
    expect(run(consentMissing, { mentors: [{ consent: undefined, pairs }] })).toEqual([]);
  });

  it('is quiet when consent is given', () => {
    expect(run(consentMissing, { mentors: [{ pairs: [{}] }] })).toEqual([]);
  });
});
