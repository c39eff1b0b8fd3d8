// Validate stage: a mentor cannot be their own mentee.

import { defineRule } from './rule.js';
import { pairsOf } from './walk.js';

export const selfMentoring = defineRule('self-mentoring', 'error', function* (ws) {
  for (const { file, owner, part: { mentee }, at } of pairsOf(ws)) {
    if (mentee === owner) yield { file, pointer: `${at}/mentee`, params: { teacher: mentee } };
  }
});
