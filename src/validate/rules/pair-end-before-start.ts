// Validate stage: a pair ends (as planned or early) on or after the day it starts.

import { defineRule } from './rule.js';
import { pairsOf } from './walk.js';

export const pairEndBeforeStart = defineRule('pair-end-before-start', 'error', function* (ws) {
  for (const { file, part: pair, at } of pairsOf(ws)) {
    const { mentee, start } = pair;
    if (pair.end < start) yield { file, pointer: `${at}/end`, params: { mentee, start, end: pair.end, field: 'end' } };
    const early = pair.ended_early?.date;
    if (early !== undefined && early < start) {
      yield { file, pointer: `${at}/ended_early/date`, params: { mentee, start, end: early, field: 'ended_early' } };
    }
  }
});
