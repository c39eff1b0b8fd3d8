// Validate stage: a done item says when it was done; reports count "done late" from that date.

import { defineRule } from './rule.js';
import { routeItemsOf } from './walk.js';

export const doneWithoutDate = defineRule('done-without-date', 'error', function* (ws) {
  for (const { file, part: item, at } of routeItemsOf(ws)) {
    if (item.status === 'done' && item.done_on === undefined) yield { file, pointer: `${at}/status`, params: { id: item.id } };
  }
});
