import { describe, expect, it } from 'vitest';
import { selfMentoring } from '../../src/validate/rules/self-mentoring.js';
import { run } from './run.js';

describe('self-mentoring', () => {
  it('reports a mentor paired with themself', () => {
    expect(run(selfMentoring, { mentors: [{ pairs: [{ mentee: 'petrova-ov' }] }] })).toEqual([
      {
        rule: 'self-mentoring',
        severity: 'error',
        file: 'mentors/petrova-ov.yaml',
        pointer: '/pairs/0/mentee',
        params: { teacher: 'petrova-ov' },
      },
    ]);
  });

  it('is quiet for a pair of two teachers', () => {
    expect(run(selfMentoring, { mentors: [{ pairs: [{}] }] })).toEqual([]);
  });
});
