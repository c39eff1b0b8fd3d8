import { describe, expect, it } from 'vitest';
import { duplicateId } from '../../src/validate/rules/duplicate-id.js';
import { DEFAULT_TEACHERS } from './build.js';
import { run } from './run.js';

describe('duplicate-id', () => {
  it('reports the misnamed copy of a teacher, naming the file that owns the id', () => {
    // The misnamed file sorts first, yet the properly named one is the original.
    const teachers = [{ id: 'ivanova-ma', file: 'teachers/ivanova-a.yaml' }, { id: 'ivanova-ma' }];
    expect(run(duplicateId, { teachers })).toEqual([
      {
        rule: 'duplicate-id',
        severity: 'error',
        file: 'teachers/ivanova-a.yaml',
        pointer: '/id',
        params: { kind: 'teacher', id: 'ivanova-ma', first: 'teachers/ivanova-ma.yaml' },
      },
    ]);
  });

  it('reports a second mentor record for the same teacher', () => {
    const problems = run(duplicateId, { mentors: [{}, { file: 'mentors/petrova-ov-2.yaml' }] });
    expect(problems.map((p) => [p.file, p.pointer, p.params['kind'], p.params['first']])).toEqual([
      ['mentors/petrova-ov-2.yaml', '/teacher', 'mentor', 'mentors/petrova-ov.yaml'],
    ]);
  });

  it('reports two diagnostics or routes of one teacher and year, but not of different years', () => {
    const problems = run(duplicateId, {
      diagnostics: [{}, { file: 'diagnostics/2024-2025/ivanova-ma.yaml' }, { year: '2024/2025', teacher: 'petrova-ov' }],
      routes: [{ file: 'routes/2024-2025/ivanova-ma.yaml' }, {}],
    });
    expect(problems.map((p) => [p.file, p.params['kind'], p.params['first']])).toEqual([
      ['diagnostics/2024-2025/ivanova-ma.yaml', 'diagnostics', 'diagnostics/2025-2026/ivanova-ma.yaml'],
      ['routes/2024-2025/ivanova-ma.yaml', 'route', 'routes/2025-2026/ivanova-ma.yaml'],
    ]);
  });

  it('reports activity ids repeated across catalog files', () => {
    const activity = { id: 'open-lesson', title: 'Открытое занятие', forms: 'Показ', months: [2], result: 'Самоанализ', when: 'always' as const };
    const problems = run(duplicateId, {
      catalog: [{ activities: [activity] }, { direction: 'activity', title: 'ООД', activities: [activity] }],
    });
    expect(problems).toEqual([
      {
        rule: 'duplicate-id',
        severity: 'error',
        file: 'catalog/activity.yaml',
        pointer: '/activities/0/id',
        params: { kind: 'activity', id: 'open-lesson', first: 'catalog/family.yaml' },
      },
    ]);
  });

  it('is quiet when every id is used once', () => {
    const input = { teachers: DEFAULT_TEACHERS, mentors: [{}], diagnostics: [{}, { year: '2024/2025' }], routes: [{}], catalog: [{}] };
    expect(run(duplicateId, input)).toEqual([]);
  });
});
