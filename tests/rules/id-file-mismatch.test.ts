import { describe, expect, it } from 'vitest';
import { idFileMismatch } from '../../src/validate/rules/id-file-mismatch.js';
import { DEFAULT_TEACHERS } from './build.js';
import { run } from './run.js';

describe('id-file-mismatch', () => {
  it('reports a teacher whose id differs from the file name', () => {
    const problems = run(idFileMismatch, { teachers: [{ id: 'ivanova-m', file: 'teachers/ivanova-ma.yaml' }] });
    expect(problems).toEqual([
      {
        rule: 'id-file-mismatch',
        severity: 'error',
        file: 'teachers/ivanova-ma.yaml',
        pointer: '/id',
        params: { field: 'id', id: 'ivanova-m', stem: 'ivanova-ma' },
      },
    ]);
  });

  it('checks mentors, diagnostics, routes and catalog files', () => {
    const problems = run(idFileMismatch, {
      mentors: [{ file: 'mentors/petrova.yaml' }],
      diagnostics: [{ file: 'diagnostics/2025-2026/ivanova.yaml' }],
      routes: [{ file: 'routes/2025-2026/ivanova.yaml' }],
      catalog: [{ file: 'catalog/families.yaml' }],
    });
    expect(problems.map((p) => [p.file, p.pointer, p.params['id']])).toEqual([
      ['mentors/petrova.yaml', '/teacher', 'petrova-ov'],
      ['diagnostics/2025-2026/ivanova.yaml', '/teacher', 'ivanova-ma'],
      ['routes/2025-2026/ivanova.yaml', '/teacher', 'ivanova-ma'],
      ['catalog/families.yaml', '/direction', 'family'],
    ]);
  });

  it('is quiet when every file is named for its id', () => {
    const input = { teachers: DEFAULT_TEACHERS, mentors: [{}], diagnostics: [{}], routes: [{}], catalog: [{}] };
    expect(run(idFileMismatch, input)).toEqual([]);
  });
});
