// Validate stage: a route covers part of one academic year (1 September – 31 August), the one it names.

import { academicYearBounds } from '../../model/dates.js';
import { defineRule } from './rule.js';

export const routePeriodOutsideYear = defineRule('route-period-outside-year', 'error', function* (ws) {
  for (const r of ws.routes) {
    const { year, period } = r.value;
    const { start: yearStart, end: yearEnd } = academicYearBounds(year);
    for (const edge of ['start', 'end'] as const) {
      const date = period[edge];
      if (date < yearStart || date > yearEnd) yield { file: r.file, pointer: `/period/${edge}`, params: { year, yearStart, yearEnd, edge, date } };
    }
  }
});
