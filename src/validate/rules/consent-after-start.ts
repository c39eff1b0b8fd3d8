// Validate stage: the mentor's consent must be given on or before the start of each pair it covers.

import { isUnderLabourCode } from '../../model/labour-code.js';
import { defineRule } from './rule.js';

export const consentAfterStart = defineRule('consent-after-start', 'error', function* (ws) {
  for (const m of ws.mentors) {
    const consent = m.value.consent?.date;
    if (consent === undefined) continue;
    // Pairs from before art. 351.8 needed no consent, so a later one does not make them wrong.
    const early = m.value.pairs.filter((p) => isUnderLabourCode(p) && p.start < consent);
    if (early.length === 0) continue;
    // The consent date is one value: report it once, against the earliest pair it comes too late for.
    const pair = early.reduce((a, b) => (b.start < a.start ? b : a));
    const params = { mentor: m.value.teacher, mentee: pair.mentee, consent, start: pair.start };
    yield { file: m.file, pointer: '/consent/date', params };
  }
});
