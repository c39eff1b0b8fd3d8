// Validate stage: a diagnostics record holds the assessments of its own academic year.

import { academicYearBounds } from '../../model/dates.js';
import { defineRule } from './rule.js';

export const assessmentOutsideYear = defineRule('assessment-outside-year', 'error', function* (ws) {
  for (const d of ws.diagnostics) {
    const { year } = d.value;
    const { start: yearStart, end: yearEnd } = academicYearBounds(year);
    for (const [i, { date }] of d.value.assessments.entries()) {
      if (date >= yearStart && date <= yearEnd) continue;
      yield { file: d.file, pointer: `/assessments/${i}/date`, params: { date, year, yearStart, yearEnd } };
    }
  }
});
