// Validate stage: diagnostics and routes live in the folder of their academic year.

import { yearFolderName } from '../../model/dates.js';
import type { Loaded, Workspace } from '../../model/workspace.js';
import { problem, type Problem } from '../../model/problem.js';
import type { Rule } from './rule.js';

const ID = 'wrong-year-folder';

export const wrongYearFolder: Rule = { id: ID, severity: 'error', check: checkYearFolders };

function checkYearFolders(ws: Workspace): Problem[] {
  const problems: Problem[] = [];
  const compare = (record: Loaded<{ year: string }>): void => {
    const expected = yearFolderName(record.value.year);
    // A record outside any year folder is the loader's to report, not this rule's.
    if (record.folderYear === undefined || record.folderYear === expected) return;
    problems.push(
      problem(ID, 'error', record.file, '/year', { year: record.value.year, folder: record.folderYear, expected }),
    );
  };
  ws.diagnostics.forEach(compare);
  ws.routes.forEach(compare);
  ws.surveys.forEach(compare);
  return problems;
}
