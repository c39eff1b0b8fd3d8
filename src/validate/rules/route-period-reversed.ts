// Validate stage: a route's period ends on or after it starts.

import { defineRule } from './rule.js';

export const routePeriodReversed = defineRule('route-period-reversed', 'error', function* (ws) {
  for (const r of ws.routes) {
    const { start, end } = r.value.period;
    if (end < start) yield { file: r.file, pointer: '/period/end', params: { start, end } };
  }
});
