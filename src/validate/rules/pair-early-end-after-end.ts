// Validate stage: an early end comes before the planned end; a later one means the dates are wrong.

import { defineRule } from './rule.js';
import { pairsOf } from './walk.js';

export const pairEarlyEndAfterEnd = defineRule('pair-early-end-after-end', 'error', function* (ws) {
  for (const { file, part: { mentee, end, ended_early }, at } of pairsOf(ws)) {
    const date = ended_early?.date;
    // Reports and pairLastDay trust ended_early; a date past `end` would silently extend the pair.
    if (date !== undefined && date > end) yield { file, pointer: `${at}/ended_early/date`, params: { mentee, date, end } };
  }
});
