// Validate stage: the meetings journal records meetings held, so a future date is likely a typo.

import { defineRule } from './rule.js';
import { meetingsOf } from './walk.js';

// A warning, not an error: some mentors write planned meetings in ahead, which harms no report.
export const meetingInFuture = defineRule('meeting-in-future', 'warning', function* (ws, ctx) {
  for (const { file, part: { date }, at } of meetingsOf(ws)) {
    if (date > ctx.today) yield { file, pointer: `${at}/date`, params: { date, today: ctx.today } };
  }
});
