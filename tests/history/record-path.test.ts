// Unit tests of naming record files and matching them to the id `log` is asked about.

import { describe, expect, it } from 'vitest';
import { belongsTo, foldersFor, parseLogTarget, recordPath } from '../../src/history/record-path.js';

describe('parseLogTarget', () => {
  it('takes a teacher id, or a route as year/teacher in either year form', () => {
    expect(parseLogTarget('ivanova-ma')).toEqual({ teacher: 'ivanova-ma' });
    expect(parseLogTarget('2025-2026/ivanova-ma')).toEqual({ teacher: 'ivanova-ma', year: '2025-2026' });
    expect(parseLogTarget('2025/2026/ivanova-ma')).toEqual({ teacher: 'ivanova-ma', year: '2025-2026' });
  });

  it('refuses what is neither', () => {
    for (const bad of ['Иванова', 'Ivanova', '../x', '2025-2026/', 'routes/2025-2026/x.yaml', '']) expect(parseLogTarget(bad)).toBeUndefined();
  });
});

describe('recordPath and belongsTo', () => {
  it('names routes, mentor files and teachers; nothing else', () => {
    expect(recordPath('routes/2025-2026/ivanova-ma.yaml')).toEqual({ kind: 'route', id: 'ivanova-ma', year: '2025-2026' });
    expect(recordPath('mentors/petrova-ov.yaml')).toEqual({ kind: 'mentor', id: 'petrova-ov' });
    expect(recordPath('teachers/petrova-ov.yaml')).toEqual({ kind: 'teacher', id: 'petrova-ov' });
    expect(recordPath('diagnostics/2025-2026/ivanova-ma.yaml')).toBeUndefined();
    expect(recordPath('routes/ivanova-ma.yaml')).toBeUndefined();
    expect(recordPath('routes/2025-2026/notes.txt')).toBeUndefined();
  });

  it('matches a teacher in every folder, a route in its year only, every route without a target', () => {
    const teacher = parseLogTarget('ivanova-ma')!;
    const route = parseLogTarget('2025-2026/ivanova-ma')!;
    expect(['routes/2024-2025/ivanova-ma.yaml', 'mentors/ivanova-ma.yaml', 'teachers/ivanova-ma.yaml'].every((p) => belongsTo(p, teacher))).toBe(true);
    expect(belongsTo('routes/2025-2026/ivanova-mb.yaml', teacher)).toBe(false);
    expect(belongsTo('routes/2025-2026/ivanova-ma.yaml', route)).toBe(true);
    expect(belongsTo('routes/2024-2025/ivanova-ma.yaml', route)).toBe(false);
    expect(belongsTo('teachers/ivanova-ma.yaml', route)).toBe(false);
    expect(belongsTo('routes/2025-2026/заметки.yaml', undefined)).toBe(true);
    expect(belongsTo('mentors/petrova-ov.yaml', undefined)).toBe(false);
    expect(foldersFor(teacher)).toEqual(['routes', 'mentors', 'teachers']);
    expect(foldersFor(undefined)).toEqual(['routes']);
  });
});
