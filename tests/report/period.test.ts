import { describe, expect, it } from 'vitest';
import { defaultReportPeriod, parsePeriod, quarterOf } from '../../src/report/period.js';

describe('parsePeriod', () => {
  it.each([
    ['2026Q1', '2026-01-01', '2026-03-31', 'I квартал 2026\u00a0г.', '2026Q1'],
    ['2026-Q1', '2026-01-01', '2026-03-31', 'I квартал 2026\u00a0г.', '2026Q1'],
    ['2026q4', '2026-10-01', '2026-12-31', 'IV квартал 2026\u00a0г.', '2026Q4'],
    ['2025/2026', '2025-09-01', '2026-08-31', '2025/2026 учебный год', '2025/2026'],
    ['2025/2026Q1', '2025-09-01', '2025-11-30', 'I квартал 2025/2026 учебного года', '2025/2026Q1'],
    ['2025/2026Q2', '2025-12-01', '2026-02-28', 'II квартал 2025/2026 учебного года', '2025/2026Q2'],
    ['2027/2028Q2', '2027-12-01', '2028-02-29', 'II квартал 2027/2028 учебного года', '2027/2028Q2'],
    ['2025/2026Q3', '2026-03-01', '2026-05-31', 'III квартал 2025/2026 учебного года', '2025/2026Q3'],
    ['2025/2026Q4', '2026-06-01', '2026-08-31', 'IV квартал 2025/2026 учебного года', '2025/2026Q4'],
    ['2026-01', '2026-01-01', '2026-01-31', 'январь 2026\u00a0г.', '2026-01'],
    ['2028-02', '2028-02-01', '2028-02-29', 'февраль 2028\u00a0г.', '2028-02'],
    ['2026-01-01..2026-03-31', '2026-01-01', '2026-03-31', 'с 1 января 2026\u00a0г. по 31 марта 2026\u00a0г.', '2026-01-01..2026-03-31'],
    ['2026-02-10..2026-02-10', '2026-02-10', '2026-02-10', 'с 10 февраля 2026\u00a0г. по 10 февраля 2026\u00a0г.', '2026-02-10..2026-02-10'],
  ])('%s → %s..%s', (text, start, end, label, code) => {
    expect(parsePeriod(text)).toMatchObject({ start, end, label, code });
  });

  it.each(['2026Q5', '2026Q0', '2025/2027', '2025/2026Q5', '2026-13', '2026-00', '2026-03-31..2026-01-01', '2026-02-30..2026-03-31', 'Q1', '', 'весна'])(
    'refuses %j',
    (text) => {
      expect(parsePeriod(text)).toBeUndefined();
    },
  );
});

describe('quarterOf', () => {
  it.each([
    ['2026-03-20', 'calendar', '2026Q1'],
    ['2026-03-31', 'calendar', '2026Q1'],
    ['2026-04-01', 'calendar', '2026Q2'],
    ['2025-12-31', 'calendar', '2025Q4'],
    ['2026-03-20', 'academic', '2025/2026Q3'],
    ['2025-09-01', 'academic', '2025/2026Q1'],
    ['2025-12-01', 'academic', '2025/2026Q2'],
    ['2026-02-28', 'academic', '2025/2026Q2'],
    ['2026-08-31', 'academic', '2025/2026Q4'],
  ] as const)('%s in %s quarters is %s', (day, quarters, code) => {
    expect(quarterOf(day, quarters).code).toBe(code);
  });
});

describe('defaultReportPeriod', () => {
  it.each([
    // The first 30 days after a quarter's end: that quarter, the current one as the other choice.
    ['2027-01-15', 'calendar', '2026Q4', 'ended', '2027Q1'],
    ['2027-01-01', 'calendar', '2026Q4', 'ended', '2027Q1'],
    ['2027-01-30', 'calendar', '2026Q4', 'ended', '2027Q1'],
    ['2026-04-30', 'calendar', '2026Q1', 'ended', '2026Q2'],
    // Then the current quarter, the one before as the other choice.
    ['2027-01-31', 'calendar', '2027Q1', 'current', '2026Q4'],
    ['2026-03-20', 'calendar', '2026Q1', 'current', '2025Q4'],
    ['2026-12-31', 'calendar', '2026Q4', 'current', '2026Q3'],
    ['2026-12-10', 'academic', '2026/2027Q1', 'ended', '2026/2027Q2'],
    ['2026-09-15', 'academic', '2025/2026Q4', 'ended', '2026/2027Q1'],
    ['2026-10-15', 'academic', '2026/2027Q1', 'current', '2025/2026Q4'],
    ['2026-03-20', 'academic', '2025/2026Q2', 'ended', '2025/2026Q3'],
    ['2026-04-05', 'academic', '2025/2026Q3', 'current', '2025/2026Q2'],
  ] as const)('%s in %s quarters is %s (%s), else %s', (day, quarters, code, why, other) => {
    const chosen = defaultReportPeriod(day, quarters);
    expect([chosen.period.code, chosen.why, chosen.other.code]).toEqual([code, why, other]);
  });
});
