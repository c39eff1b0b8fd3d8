import { describe, expect, it } from 'vitest';
import { consentAfterStart } from '../../src/validate/rules/consent-after-start.js';
import { run } from './run.js';

describe('consent-after-start', () => {
  it('reports a consent dated after a pair began, once, naming the earliest such pair', () => {
    const pairs = [{ start: '2025-09-10' }, { mentee: 'a', start: '2025-09-05' }, { mentee: 'b', start: '2025-10-01' }];
    expect(run(consentAfterStart, { mentors: [{ consent: { date: '2025-09-15' }, pairs }] })).toEqual([
      {
        rule: 'consent-after-start',
        severity: 'error',
        file: 'mentors/petrova-ov.yaml',
        pointer: '/consent/date',
        params: { mentor: 'petrova-ov', mentee: 'a', consent: '2025-09-15', start: '2025-09-05' },
      },
    ]);
  });

  it('does not hold pairs from before 2025-03-01 to a later consent', () => {
    const pairs = [{ start: '2024-09-01', end: '2025-05-31' }, { mentee: 'a' }];
    expect(run(consentAfterStart, { mentors: [{ consent: { date: '2025-08-28' }, pairs }] })).toEqual([]);
  });

  it('accepts a consent given on the day the pair starts', () => {
    expect(run(consentAfterStart, { mentors: [{ consent: { date: '2025-09-01' }, pairs: [{}] }] })).toEqual([]);
  });
});
