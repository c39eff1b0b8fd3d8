import { describe, expect, it } from 'vitest';
import { anonymize } from '../../src/report/anonymize.js';
import { buildReport } from '../../src/report/build-report.js';
import { measureRetention } from '../../src/report/retention.js';
import { buildWorkspace } from '../rules/build.js';
import { OPTIONS, person, Q1_2026 } from './figures-setup.js';

// As of 2026-03-20. One year: hired in (2023-03-20, 2025-03-20]; three years: (2021-03-20, 2023-03-20].
const young = (id: string, hired: string, patch: object = {}) =>
  person(id, `Педагог ${id}`, { hired, experience: { years: 0, as_of: hired }, ...patch });
const ws = buildWorkspace({
  teachers: [
    young('exact', '2025-03-20'), // hired exactly one year before as_of: anniversary = as_of, still here
    young('too-new', '2025-03-21'), // less than a year ago: not yet counted
    young('left-early', '2024-05-01', { left: '2025-04-30' }), // left the day before the anniversary
    young('left-on', '2024-06-01', { left: '2025-06-01' }), // left on the anniversary itself: retained
    young('oldest', '2023-03-21'), // the first day of the one-year window
    young('out', '2023-03-20'), // the day before it: the three-year window
    young('three-gone', '2022-01-10', { left: '2024-09-01' }),
    person('experienced', 'Опытная', { hired: '2024-09-01', experience: { years: 5, as_of: '2024-09-01' } }),
    young('junior', '2024-09-01', { position: 'junior_educator' }),
  ],
});

describe('measureRetention', () => {
  const retention = measureRetention(ws, '2026-03-20');

  it('counts young specialists hired 1–3 years before as_of, employed on the first anniversary', () => {
    expect(retention.one_year).toMatchObject({ numerator: 3, denominator: 4, ratio: 0.75 });
    expect(retention.one_year.people.map((p) => `${p.person.id} ${p.anniversary} ${p.retained}`)).toEqual([
      'exact 2026-03-20 true',
      'left-early 2025-05-01 false',
      'left-on 2025-06-01 true',
      'oldest 2024-03-21 true',
    ]);
  });

  it('counts those hired 3–5 years before, employed on the third anniversary', () => {
    expect(retention.three_years).toMatchObject({ numerator: 1, denominator: 2, ratio: 0.5 });
    expect(retention.three_years.people.map((p) => p.person.id)).toEqual(['out', 'three-gone']);
  });

  it('gives a null ratio when nobody was hired so', () => {
    expect(measureRetention(buildWorkspace({ teachers: [] }), '2026-03-20').one_year).toEqual({ numerator: 0, denominator: 0, ratio: null, people: [] });
  });

  it('is in the report on as_of, and lists nobody when anonymised', () => {
    const report = buildReport(ws, Q1_2026, '2026-12-01', OPTIONS);
    // as_of 2026-03-31: «exact» still in the window, its anniversary 2026-03-20 past.
    expect(report.retention.one_year.denominator).toBe(4);
    expect(anonymize(report).retention.one_year).toEqual({ numerator: 3, denominator: 4, ratio: 0.75, people: [] });
  });
});
