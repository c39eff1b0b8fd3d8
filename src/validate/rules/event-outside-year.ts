// Validate stage: an event of the year's plan is dated within that academic year (or the August before it).

import { academicYearBounds } from '../../model/dates.js';
import { defineRule } from './rule.js';

export const eventOutsideYear = defineRule('event-outside-year', 'error', function* (ws) {
  for (const record of ws.events) {
    const { year } = record.value;
    // The plan of a year may open in the August before it: the programme is approved for September.
    const { end } = academicYearBounds(year);
    const start = `${year.slice(0, 4)}-08-01`;
    for (const [i, event] of record.value.events.entries()) {
      for (const field of ['date', 'held_on'] as const) {
        const date = event[field];
        if (date === undefined || (start <= date && date <= end)) continue;
        yield { file: record.file, pointer: `/events/${i}/${field}`, params: { id: event.id, field, date, year, start, end } };
      }
    }
  }
});
