// Validate stage: scores exist only after the assessment, so its date cannot be after today.

import { defineRule } from './rule.js';
import { assessmentsOf } from './walk.js';

export const assessmentInFuture = defineRule('assessment-in-future', 'error', function* (ws, ctx) {
  for (const { file, part, at } of assessmentsOf(ws)) {
    if (part.date > ctx.today) yield { file, pointer: `${at}/date`, params: { date: part.date, today: ctx.today } };
  }
});
