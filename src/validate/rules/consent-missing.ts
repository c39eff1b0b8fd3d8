// Validate stage: since 2025-03-01 mentoring needs the mentor's written consent (Labour Code art. 351.8).

import { isUnderLabourCode, MENTORING_LAW_FROM } from '../../model/labour-code.js';
import { defineRule } from './rule.js';

export const consentMissing = defineRule('consent-missing', 'error', function* (ws) {
  for (const m of ws.mentors) {
    if (m.value.consent) continue;
    const starts = m.value.pairs.filter(isUnderLabourCode).map((p) => p.start);
    if (starts.length === 0) continue;
    // One consent covers every pair, so one problem per mentor, naming the date it is needed by.
    const start = starts.reduce((a, b) => (b < a ? b : a));
    yield { file: m.file, pointer: '/teacher', params: { mentor: m.value.teacher, start, since: MENTORING_LAW_FROM } };
  }
});
