import { describe, expect, it } from 'vitest';
import { routeMentorNotMentor } from '../../src/validate/rules/route-mentor-not-mentor.js';
import { run } from './run.js';

describe('route-mentor-not-mentor', () => {
  it('reports a route whose mentor is a teacher without a mentor record', () => {
    expect(run(routeMentorNotMentor, { routes: [{}] })).toEqual([
      {
        rule: 'route-mentor-not-mentor',
        severity: 'error',
        file: 'routes/2025-2026/ivanova-ma.yaml',
        pointer: '/mentor',
        params: { mentor: 'petrova-ov', teacher: 'ivanova-ma' },
      },
    ]);
  });

  it('leaves unknown mentors to unknown-reference', () => {
    expect(run(routeMentorNotMentor, { routes: [{ mentor: 'nobody' }] })).toEqual([]);
  });

  it('is quiet when the mentor has a record', () => {
    expect(run(routeMentorNotMentor, { mentors: [{ pairs: [{}] }], routes: [{}] })).toEqual([]);
  });
});
