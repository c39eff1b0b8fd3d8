import { describe, expect, it } from 'vitest';
import { mentorOverCapacity } from '../../src/validate/rules/mentor-over-capacity.js';
import { run } from './run.js';

describe('mentor-over-capacity', () => {
  it('reports the first day a third pair is active, at that pair', () => {
    const pairs = [{}, { mentee: 'a', start: '2025-10-01' }, { mentee: 'b', start: '2026-01-15' }];
    expect(run(mentorOverCapacity, { mentors: [{ pairs }] })).toEqual([
      {
        rule: 'mentor-over-capacity',
        severity: 'error',
        file: 'mentors/petrova-ov.yaml',
        pointer: '/pairs/2/start',
        params: { mentor: 'petrova-ov', count: 3, max: 2, date: '2026-01-15' },
      },
    ]);
  });

  it('reports once per mentor, with the full count of a day several pairs start', () => {
    const pairs = [{}, { mentee: 'a' }, { mentee: 'b' }, { mentee: 'c' }, { mentee: 'd', start: '2025-12-01' }];
    const problems = run(mentorOverCapacity, { mentors: [{ pairs }] });
    expect(problems.map((p) => [p.pointer, p.params['count'], p.params['date']])).toEqual([['/pairs/2/start', 4, '2025-09-01']]);
  });

  it('counts an early end: a pair may start the day after another ended', () => {
    const pairs = [
      { ended_early: { date: '2025-12-31', reason: 'увольнение наставляемого' } },
      { mentee: 'a' },
      { mentee: 'b', start: '2026-01-01' },
    ];
    expect(run(mentorOverCapacity, { mentors: [{ pairs }] })).toEqual([]);
  });

  it('counts a pair on its last day', () => {
    const pairs = [{ end: '2025-12-31' }, { mentee: 'a' }, { mentee: 'b', start: '2025-12-31' }];
    expect(run(mentorOverCapacity, { mentors: [{ pairs }] })).toHaveLength(1);
  });

  it('takes max_mentees over the setting, and the setting over the default', () => {
    const pairs = [{}, { mentee: 'a' }, { mentee: 'b' }];
    expect(run(mentorOverCapacity, { mentors: [{ max_mentees: 3, pairs }] })).toEqual([]);
    expect(run(mentorOverCapacity, { settings: { mentor_max_mentees: 3 }, mentors: [{ pairs }] })).toEqual([]);
    const one = run(mentorOverCapacity, { mentors: [{ max_mentees: 1, pairs: [{}, { mentee: 'a', start: '2026-02-01' }] }] });
    expect(one.map((p) => p.params)).toEqual([{ mentor: 'petrova-ov', count: 2, max: 1, date: '2026-02-01' }]);
  });

  it('ignores reversed pairs, which are never active', () => {
    const pairs = [{}, { mentee: 'a' }, { mentee: 'b', end: '2025-08-01' }];
    expect(run(mentorOverCapacity, { mentors: [{ pairs }] })).toEqual([]);
  });
});
