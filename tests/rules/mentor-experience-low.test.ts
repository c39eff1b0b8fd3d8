import { describe, expect, it } from 'vitest';
import { mentorExperienceLow } from '../../src/validate/rules/mentor-experience-low.js';
import { run } from './run.js';

const teachers = (years: number) => [
  { id: 'petrova-ov', experience: { years, as_of: '2025-03-01' } },
  { id: 'ivanova-ma', experience: { years: 0, as_of: '2025-08-25' } },
];

describe('mentor-experience-low', () => {
  it('warns when the mentor has less experience than the minimum at the pair start', () => {
    // 2 years on 2025-03-01 plus half a year (184 days) by 2025-09-01: 2.50 years.
    expect(run(mentorExperienceLow, { teachers: teachers(2), mentors: [{ pairs: [{}] }] })).toEqual([
      {
        rule: 'mentor-experience-low',
        severity: 'warning',
        file: 'mentors/petrova-ov.yaml',
        pointer: '/pairs/0/start',
        params: { mentor: 'petrova-ov', mentee: 'ivanova-ma', years: 2.5, min: 3, date: '2025-09-01' },
      },
    ]);
  });

  it('rounds down, so a shortfall never shows as the minimum itself', () => {
    const problems = run(mentorExperienceLow, { teachers: teachers(2.47), mentors: [{ pairs: [{}] }] });
    expect(problems.map((p) => p.params['years'])).toEqual([2.9]);
  });

  it('uses the setting and skips reverse mentoring', () => {
    expect(run(mentorExperienceLow, { teachers: teachers(2), settings: { mentor_min_experience_years: 2 }, mentors: [{ pairs: [{}] }] })).toEqual([]);
    expect(run(mentorExperienceLow, { teachers: teachers(2), mentors: [{ pairs: [{ kind: 'reverse' }] }] })).toEqual([]);
  });

  it('is quiet for an experienced mentor', () => {
    expect(run(mentorExperienceLow, { teachers: teachers(5), mentors: [{ pairs: [{}] }] })).toEqual([]);
  });
});
