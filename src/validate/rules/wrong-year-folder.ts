// Validate stage: diagnostics and routes live in the folder of their academic year.

import { yearFolderName } from '../../model/dates.js';
import { defineRule } from './rule.js';

export const wrongYearFolder = defineRule('wrong-year-folder', 'error', function* (ws) {
  for (const { file, folderYear: folder, value } of [...ws.diagnostics, ...ws.routes, ...ws.surveys]) {
    const expected = yearFolderName(value.year);
    // A record outside any year folder is the loader's to report, not this rule's.
    if (folder === undefined || folder === expected) continue;
    yield { file, pointer: '/year', params: { year: value.year, folder, expected } };
  }
});
