import { describe, expect, it } from 'vitest';
import { countCoverage } from '../../src/report/coverage.js';
import { buildWorkspace, type WorkspaceInput } from '../rules/build.js';
import { newcomer, person, Q1_2026 } from './figures-setup.js';

// Period 2026-01-01..2026-03-31. Mentor Петрова leads:
//   Андреева  2025-09-01..2026-01-01 — ends on the period's first day: active;
//   Борисова  2026-04-01..2026-05-31 — starts the day after the period: not active;
//   Тихонова  (junior educator) 2025-09-01..2026-05-31 — active, but she is in no count;
//   Григорьева 2025-09-01..2025-12-31 — she left on 2025-12-31, the day before the period.
// Also Васильева, hired on the period's last day, and Егорова, experienced, in no pair.
const input = (target: number): WorkspaceInput => ({
  config: { programme: { title: 'Программа', target_coverage: target } },
  teachers: [
    person('petrova-ov', 'Петрова Ольга Викторовна'),
    newcomer('andreeva-aa', 'Андреева Анна Андреевна'),
    newcomer('borisova-bb', 'Борисова Белла Борисовна'),
    newcomer('vasilyeva-vv', 'Васильева Вера Васильевна', { hired: '2026-03-31', experience: { years: 0, as_of: '2026-03-31' } }),
    newcomer('grigoryeva-gg', 'Григорьева Галина Григорьевна', { left: '2025-12-31' }),
    person('egorova-ee', 'Егорова Елена Евгеньевна'),
    newcomer('tikhonova-gp', 'Тихонова Галина Петровна', { position: 'junior_educator' }),
  ],
  mentors: [
    {
      teacher: 'petrova-ov',
      pairs: [
        { mentee: 'andreeva-aa', start: '2025-09-01', end: '2026-01-01' },
        { mentee: 'borisova-bb', start: '2026-04-01', end: '2026-05-31' },
        { mentee: 'tikhonova-gp', start: '2025-09-01', end: '2026-05-31' },
        { mentee: 'grigoryeva-gg', start: '2025-09-01', end: '2025-12-31' },
      ],
    },
  ],
});

describe('countCoverage', () => {
  it('counts pedagogical staff employed in the period, and those in an active pair', () => {
    // Denominator: Петрова, Андреева, Борисова, Васильева (hired on the last day), Егорова = 5;
    // not Григорьева (left the day before) nor Тихонова (junior educator).
    // Numerator: Петрова (mentor of active pairs) and Андреева (pair ending on the first day) = 2.
    // 2 / 5 = 0.4 < target 0.7.
    const { staff } = countCoverage(buildWorkspace(input(0.7)), Q1_2026);
    expect(staff).toEqual({ numerator: 2, denominator: 5, ratio: 0.4, target: 0.7, meets_target: false });
  });

  it('meets the target at exactly the target', () => {
    const { staff } = countCoverage(buildWorkspace(input(0.4)), Q1_2026);
    expect(staff).toMatchObject({ ratio: 0.4, target: 0.4, meets_target: true });
  });

  it('counts young specialists and those of them who were mentees', () => {
    // Young (experience below 3 years on the later of 2026-01-01 and the hire date): Андреева (0.35),
    // Борисова (0.35), Васильева (0 on 2026-03-31) = 3; mentees in an active pair: Андреева = 1.
    // 1 / 3 = 0.3333 to 4 decimals. Тихонова would be young but is not pedagogical.
    const { young_specialists } = countCoverage(buildWorkspace(input(0.7)), Q1_2026);
    expect(young_specialists).toEqual({ numerator: 1, denominator: 3, ratio: 0.3333 });
  });

  it('judges experience on the as-of date, min(today, period end)', () => {
    // As of 2026-03-31 (the quarter over): «passes» has 2.8 + 89/365.25 = 3.04 years, no longer
    // young; «exactly» has exactly 3.0, not young either; «almost», 2.7 + 0.24 = 2.94, is young:
    // the only one, without a mentor, 0 / 1. As of 2026-02-15 all three are young.
    const ws = buildWorkspace({
      teachers: [
        person('passes', 'Переходящая', { hired: '2023-01-09', experience: { years: 2.8, as_of: '2026-01-01' } }),
        person('exactly', 'Ровно', { hired: '2023-01-09', experience: { years: 3, as_of: '2026-03-31' } }),
        person('almost', 'Почти', { hired: '2023-01-10', experience: { years: 2.7, as_of: '2026-01-01' } }),
      ],
    });
    expect(countCoverage(ws, Q1_2026).young_specialists).toEqual({ numerator: 0, denominator: 1, ratio: 0 });
    expect(countCoverage(ws, Q1_2026, '2026-04-10').young_specialists.denominator).toBe(1);
    expect(countCoverage(ws, Q1_2026, '2026-02-15').young_specialists.denominator).toBe(3);
  });

  it('gives a null ratio, and no target met, when nobody is counted', () => {
    // Only a junior educator: denominator 0. No mentor.yaml: target 0.
    const ws = buildWorkspace({ teachers: [newcomer('tikhonova-gp', 'Тихонова', { position: 'junior_educator' })] });
    expect(countCoverage(ws, Q1_2026)).toEqual({
      staff: { numerator: 0, denominator: 0, ratio: null, target: 0, meets_target: false },
      young_specialists: { numerator: 0, denominator: 0, ratio: null },
    });
  });
});
