// Validate stage: every teacher id a record names must have a file in teachers/.

import type { Workspace } from '../../model/workspace.js';
import { problem, type Problem } from '../problem.js';
import { makeSuggester } from './did-you-mean.js';
import type { Rule } from './rule.js';

const ID = 'unknown-reference';

export const unknownReference: Rule = { id: ID, severity: 'error', check: checkReferences };

function checkReferences(ws: Workspace): Problem[] {
  const problems: Problem[] = [];
  const suggest = makeSuggester(ws.teacherIds);
  // ws.teacherIds includes teachers whose file failed the schema: their references are not unknown.
  const refer = (file: string, pointer: string, field: string, id: string): void => {
    if (ws.teacherIds.has(id)) return;
    problems.push(problem(ID, 'error', file, pointer, { field, id, suggestion: suggest(id) }));
  };
  if (ws.config) refer(ws.config.file, '/organization/curator', 'curator', ws.config.value.organization.curator);
  for (const m of ws.mentors) {
    refer(m.file, '/teacher', 'teacher', m.value.teacher);
    m.value.pairs.forEach((pair, i) => refer(m.file, `/pairs/${i}/mentee`, 'mentee', pair.mentee));
  }
  for (const d of ws.diagnostics) refer(d.file, '/teacher', 'teacher', d.value.teacher);
  for (const r of ws.routes) {
    refer(r.file, '/teacher', 'teacher', r.value.teacher);
    refer(r.file, '/mentor', 'mentor', r.value.mentor);
  }
  return problems;
}
