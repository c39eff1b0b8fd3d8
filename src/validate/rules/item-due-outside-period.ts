// Validate stage: every route item is due within the route's period.

import { defineRule } from './rule.js';

export const itemDueOutsidePeriod = defineRule('item-due-outside-period', 'error', function* (ws) {
  for (const r of ws.routes) {
    const { start, end } = r.value.period;
    // With a reversed period every item would be "outside": route-period-reversed says it once.
    if (end < start) continue;
    for (const [i, { id, due }] of r.value.items.entries()) {
      if (due < start || due > end) yield { file: r.file, pointer: `/items/${i}/due`, params: { id, due, start, end } };
    }
  }
});
