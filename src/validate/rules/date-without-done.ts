// Validate stage: only a done item has a done_on date; otherwise status and date disagree.

import { defineRule } from './rule.js';
import { routeItemsOf } from './walk.js';

export const dateWithoutDone = defineRule('date-without-done', 'error', function* (ws) {
  for (const { file, part: item, at } of routeItemsOf(ws)) {
    if (item.status === 'done' || item.done_on === undefined) continue;
    yield { file, pointer: `${at}/done_on`, params: { id: item.id, status: item.status, date: item.done_on } };
  }
});
