// Validate stage: a mentor cannot be their own mentee.

import { defineRule } from './rule.js';
import { pairsOf } from './walk.js';

export const selfMentoring = defineRule('self-mentoring', 'error', function* (ws) {
  for (const { record, file, part: { mentee }, at } of pairsOf(ws)) {
    if (mentee === record.value.teacher) yield { file, pointer: `${at}/mentee`, params: { teacher: mentee } };
  }
});
