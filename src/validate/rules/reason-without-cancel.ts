// Validate stage: a `reason` explains a cancelled item; on any other item it says something untrue.

import { defineRule } from './rule.js';
import { routeItemsOf } from './walk.js';

export const reasonWithoutCancel = defineRule('reason-without-cancel', 'warning', function* (ws) {
  for (const { file, part: item, at } of routeItemsOf(ws)) {
    if (item.status === 'cancelled' || item.reason === undefined) continue;
    yield { file, pointer: `${at}/reason`, params: { id: item.id, status: item.status } };
  }
});
