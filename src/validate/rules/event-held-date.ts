// Validate stage: a held event has the day it was held, on or before today; others have none.

import { defineRule } from './rule.js';
import { eventsOf } from './walk.js';

/** `issue`: missing (done without held_on), unexpected (held_on without done), future (after today). */
export const eventHeldDate = defineRule('event-held-date', 'error', function* (ws, ctx) {
  for (const { file, part: { id, status, held_on: date }, at } of eventsOf(ws)) {
    if (status === 'done' && date === undefined) {
      yield { file, pointer: `${at}/status`, params: { id, issue: 'missing', status } };
    } else if (status !== 'done' && date !== undefined) {
      yield { file, pointer: `${at}/held_on`, params: { id, issue: 'unexpected', status } };
    } else if (date !== undefined && date > ctx.today) {
      yield { file, pointer: `${at}/held_on`, params: { id, issue: 'future', date, today: ctx.today } };
    }
  }
});
