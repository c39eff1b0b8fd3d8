// Validate stage: an event of the year's plan is dated within that academic year (or the August before it).

import { academicYearBounds } from '../../model/dates.js';
import type { Workspace } from '../../model/workspace.js';
import { problem, type Problem } from '../../model/problem.js';
import type { Rule } from './rule.js';

const ID = 'event-outside-year';

export const eventOutsideYear: Rule = { id: ID, severity: 'error', check: checkEventYears };

function checkEventYears(ws: Workspace): Problem[] {
  const problems: Problem[] = [];
  for (const record of ws.events) {
    // The plan of a year may open in the August before it: the programme is approved for September.
    const { end } = academicYearBounds(record.value.year);
    const start = `${record.value.year.slice(0, 4)}-08-01`;
    record.value.events.forEach((event, i) => {
      for (const field of ['date', 'held_on'] as const) {
        const date = event[field];
        if (date === undefined || (start <= date && date <= end)) continue;
        const params = { id: event.id, field, date, year: record.value.year, start, end };
        problems.push(problem(ID, 'error', record.file, `/events/${i}/${field}`, params));
      }
    });
  }
  return problems;
}
