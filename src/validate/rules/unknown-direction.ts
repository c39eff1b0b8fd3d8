// Validate stage: every direction code used is a built-in one or defined in the workspace catalog/.

import type { Workspace } from '../../model/workspace.js';
import { problem, type Problem } from '../../model/problem.js';
import { makeSuggester } from '../../model/did-you-mean.js';
import type { Rule } from './rule.js';

const ID = 'unknown-direction';

export const unknownDirection: Rule = { id: ID, severity: 'error', check: checkDirections };

function checkDirections(ws: Workspace): Problem[] {
  const problems: Problem[] = [];
  const suggest = makeSuggester(ws.directions.keys());
  const inspect = (file: string, pointer: string, code: string, atKey = false): void => {
    if (ws.directions.has(code)) return;
    const found = problem(ID, 'error', file, pointer, { code, suggestion: suggest(code) });
    problems.push(atKey ? { ...found, atKey } : found);
  };
  for (const m of ws.mentors) {
    (m.value.expertise ?? []).forEach((code, i) => inspect(m.file, `/expertise/${i}`, code));
  }
  for (const d of ws.diagnostics) {
    d.value.assessments.forEach((a, i) => {
      // A score's direction is its key, so the position is the key's, not the number's.
      for (const code of Object.keys(a.scores)) {
        inspect(d.file, `/assessments/${i}/scores/${escapePointer(code)}`, code, true);
      }
    });
  }
  for (const r of ws.routes) {
    r.value.deficits.forEach((code, i) => inspect(r.file, `/deficits/${i}`, code));
    r.value.items.forEach((item, i) => inspect(r.file, `/items/${i}/direction`, item.direction));
  }
  return problems;
}

/** RFC 6901: `~` and `/` in a key are written `~0` and `~1`. */
function escapePointer(key: string): string {
  return key.replace(/~/g, '~0').replace(/\//g, '~1');
}
