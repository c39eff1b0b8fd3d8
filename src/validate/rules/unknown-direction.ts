// Validate stage: every direction code used is a built-in one or defined in the workspace catalog/.

import { pointerSegment } from '../../load/json-pointer.js';
import { makeSuggester } from '../../model/did-you-mean.js';
import { defineRule, type Finding } from './rule.js';

export const unknownDirection = defineRule('unknown-direction', 'error', (ws) => {
  const found: Finding<'unknown-direction'>[] = [];
  const suggest = makeSuggester(ws.directions.keys());
  const inspect = (file: string, pointer: string, code: string, atKey = false): void => {
    if (ws.directions.has(code)) return;
    const params = { code, suggestion: suggest(code) };
    found.push(atKey ? { file, pointer, params, atKey } : { file, pointer, params });
  };
  for (const m of ws.mentors) {
    (m.value.expertise ?? []).forEach((code, i) => inspect(m.file, `/expertise/${i}`, code));
  }
  for (const d of ws.diagnostics) {
    d.value.assessments.forEach((a, i) => {
      // A score's direction is its key, so the position is the key's, not the number's.
      for (const code of Object.keys(a.scores)) {
        inspect(d.file, `/assessments/${i}/scores/${pointerSegment(code)}`, code, true);
      }
    });
  }
  for (const r of ws.routes) {
    r.value.deficits.forEach((code, i) => inspect(r.file, `/deficits/${i}`, code));
    r.value.items.forEach((item, i) => inspect(r.file, `/items/${i}/direction`, item.direction));
  }
  return found;
});
