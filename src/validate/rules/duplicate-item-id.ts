// Validate stage: item ids are unique within a route, so an item can be named by its id.

import { defineRule } from './rule.js';
import { repeatsOf } from './repeats.js';

export const duplicateItemId = defineRule('duplicate-item-id', 'error', function* (ws) {
  for (const r of ws.routes) {
    for (const { index, first, key: id } of repeatsOf(r.value.items, (item) => item.id)) {
      yield { file: r.file, pointer: `/items/${index}/id`, params: { id, first } };
    }
  }
});
