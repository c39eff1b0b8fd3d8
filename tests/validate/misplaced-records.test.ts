// Unit tests of the error for a record outside its year folder: which folder it names.

import { describe, expect, it } from 'vitest';
import { misplacedRecordProblems } from '../../src/validate/misplaced-records.js';

const RECORD = { rel: 'diagnostics/belova-as.yaml', folder: 'diagnostics', name: 'belova-as.yaml' };

function one(text: string | undefined, today = '2027-01-15') {
  const [found] = misplacedRecordProblems([RECORD], () => text, today);
  return found!;
}

describe('misplacedRecordProblems', () => {
  it.each([
    ['teacher: belova-as\nyear: 2025/2026\n', '2025/2026', 2, 7],
    ['teacher: belova-as\nyear: "2026/2027"   # the new year\n', '2026/2027', 2, 7],
    ["# comment\nteacher: belova-as\nyear: '2024-2025'\n", '2024/2025', 3, 7],
  ])('takes the year from the record: %j', (text, year, line, column) => {
    expect(one(text)).toMatchObject({
      rule: 'record-outside-year-folder',
      severity: 'error',
      pointer: '/year',
      line,
      column,
      params: { folder: 'diagnostics', expected: `diagnostics/${year.replace('/', '-')}/belova-as.yaml`, year, from: 'record' },
    });
  });

  it.each([
    ['no year at all', 'teacher: belova-as\n', '2027-01-15', '2026/2027'],
    ['a year that is not two consecutive ones', 'year: 2025/2027\n', '2027-01-15', '2026/2027'],
    ['a nested year', 'x:\n  year: 2020/2021\n', '2026-09-01', '2026/2027'],
    ['an unreadable file', undefined, '2026-08-31', '2025/2026'],
  ])('else the academic year of today: %s', (_what, text, today, year) => {
    expect(one(text, today)).toMatchObject({
      pointer: '',
      line: 1,
      column: 1,
      params: { expected: `diagnostics/${year.replace('/', '-')}/belova-as.yaml`, year, from: 'today' },
    });
  });
});
