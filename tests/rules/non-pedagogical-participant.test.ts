import { describe, expect, it } from 'vitest';
import { nonPedagogicalParticipant } from '../../src/validate/rules/non-pedagogical-participant.js';
import { DEFAULT_TEACHERS } from './build.js';
import { run } from './run.js';

const junior = { id: 'orlova-tt', position: 'junior_educator' as const };

describe('non-pedagogical-participant', () => {
  it('reports a junior educator as mentee', () => {
    const problems = run(nonPedagogicalParticipant, {
      teachers: [...DEFAULT_TEACHERS, junior],
      mentors: [{ pairs: [{}, { mentee: 'orlova-tt' }] }],
    });
    expect(problems).toEqual([
      {
        rule: 'non-pedagogical-participant',
        severity: 'error',
        file: 'mentors/petrova-ov.yaml',
        pointer: '/pairs/1/mentee',
        params: { teacher: 'orlova-tt', position: 'junior_educator', role: 'mentee' },
      },
    ]);
  });

  it('reports a junior educator as mentor', () => {
    const problems = run(nonPedagogicalParticipant, {
      teachers: [...DEFAULT_TEACHERS, junior],
      mentors: [{ teacher: 'orlova-tt', pairs: [{}] }],
    });
    expect(problems.map((p) => [p.file, p.pointer, p.params['role']])).toEqual([['mentors/orlova-tt.yaml', '/teacher', 'mentor']]);
  });

  it('is quiet for pedagogical staff', () => {
    expect(run(nonPedagogicalParticipant, { mentors: [{ pairs: [{}] }] })).toEqual([]);
  });
});
