// Validate stage: an item cannot have been done after today.

import { defineRule } from './rule.js';
import { routeItemsOf } from './walk.js';

export const doneInFuture = defineRule('done-in-future', 'error', function* (ws, ctx) {
  for (const { file, part: { id, done_on: date }, at } of routeItemsOf(ws)) {
    if (date !== undefined && date > ctx.today) yield { file, pointer: `${at}/done_on`, params: { id, date, today: ctx.today } };
  }
});
