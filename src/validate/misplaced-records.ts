// Validate stage: a record right in a folder of year folders (`diagnostics/belova-as.yaml`) is
// read by no command, so it is an error that names the folder it belongs in.

import { academicYearOf, yearFolderName } from '../model/dates.js';
import { problem, type Problem } from '../model/problem.js';
import type { MisplacedRecord } from '../load/list-records.js';

export const RECORD_OUTSIDE_YEAR_FOLDER = 'record-outside-year-folder' as const;

/** `year: 2026/2027` (or `"2026-2027"`) at the start of a line, a comment allowed after it. */
const YEAR_LINE = /^year:[ \t]*(["']?)(\d{4})[ \t]*[/-][ \t]*(\d{4})\1[ \t]*(?:#.*)?$/m;

/**
 * One error per misplaced record: the right folder is that of the record's own `year:` when it
 * can be read (pointing at it), else that of the academic year of `today` (1 September on).
 */
export function misplacedRecordProblems(
  misplaced: readonly MisplacedRecord[],
  readText: (rel: string) => string | undefined,
  today: string,
): Problem[] {
  return misplaced.map((record) => {
    const text = readText(record.rel);
    const match = text === undefined ? null : YEAR_LINE.exec(text);
    const own = match !== null && Number(match[3]) === Number(match[2]) + 1;
    const year = own ? `${match[2]}/${match[3]}` : academicYearOf(today);
    const expected = `${record.folder}/${yearFolderName(year)}/${record.name}`;
    const found = problem(RECORD_OUTSIDE_YEAR_FOLDER, record.rel, own ? '/year' : '', {
      folder: record.folder,
      expected,
      year,
      from: own ? 'record' : 'today',
    });
    if (own && text !== undefined) {
      const before = text.slice(0, match.index);
      found.line = before.split('\n').length;
      found.column = match[0].indexOf(match[1]! + match[2]!) + 1;
    } else {
      found.line = 1;
      found.column = 1;
    }
    return found;
  });
}
