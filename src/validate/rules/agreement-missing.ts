// Validate stage: since 2025-03-01 each pair needs a contract addendum (Labour Code art. 351.8).

import { isUnderLabourCode } from '../../model/labour-code.js';
import { defineRule } from './rule.js';
import { pairsOf } from './walk.js';

export const agreementMissing = defineRule('agreement-missing', 'error', function* (ws) {
  for (const { record, file, part: pair, at } of pairsOf(ws)) {
    if (pair.agreement || !isUnderLabourCode(pair)) continue;
    // The field is absent, so point at the pair's first line, where it should be added.
    yield { file, pointer: `${at}/mentee`, params: { mentor: record.value.teacher, mentee: pair.mentee, start: pair.start } };
  }
});
