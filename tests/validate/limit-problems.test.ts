// Unit tests of the bound on problems: per rule and file, per file, and on the values messages name.

import { describe, expect, it } from 'vitest';
import { limitProblems, MAX_PARAM_LENGTH } from '../../src/validate/limit-problems.js';
import { problem, type Problem, type ProblemId } from '../../src/model/problem.js';

const many = (n: number, rule: ProblemId, file = 'teachers/a.yaml', severity: 'error' | 'warning' = 'error'): Problem[] =>
  Array.from({ length: n }, (_, i) => ({ rule, severity, file, pointer: `/expertise/${i}`, params: { code: `x${i}` } }));

describe('limitProblems', () => {
  it('leaves 20 or fewer of a rule in a file alone', () => {
    const problems = [...many(20, 'unknown-direction'), ...many(20, 'unknown-direction', 'teachers/b.yaml')];
    expect(limitProblems(problems)).toEqual(problems);
  });

  it('keeps the first 20 of a rule in a file and counts the rest at the first left out', () => {
    const kept = limitProblems(many(25, 'unknown-direction'));
    expect(kept).toHaveLength(21);
    expect(kept[20]).toEqual({ rule: 'problems-truncated', severity: 'error', file: 'teachers/a.yaml', pointer: '/expertise/20', params: { rule: 'unknown-direction', count: 5 } });
  });

  it('a summary of warnings only is a warning', () => {
    expect(limitProblems(many(21, 'meeting-in-future', 'routes/a.yaml', 'warning'))[20]?.severity).toBe('warning');
  });

  it('keeps at most 100 problems of a file, whatever their rules, and counts every other one', () => {
    const rules = Array.from({ length: 8 }, (_, i) => `rule-${i}` as ProblemId);
    const kept = limitProblems(rules.flatMap((rule) => many(30, rule)));
    expect(kept.filter((p) => p.rule !== 'problems-truncated')).toHaveLength(100);
    expect(kept.filter((p) => p.rule === 'problems-truncated')).toEqual([expect.objectContaining({ params: { count: 140 } })]);
  });

  it('cuts a long value a message would name', () => {
    const [found] = limitProblems([problem('schema-enum', 'teachers/a.yaml', '/position', { field: 'position', value: 'x'.repeat(150_000), allowed: 'educator' })]);
    expect(found?.params['value']).toBe(`${'x'.repeat(MAX_PARAM_LENGTH)}…`);
  });
});
