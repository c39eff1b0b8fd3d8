// Validate stage: what an edit of one record file would break — the workspace checked with the
// edited text in place of the file, against the same check without it.

import type { RecordFile } from '../load/list-records.js';
import { loadYamlParse } from '../load/parse-record.js';
import { buildWorkspace } from '../model/build-workspace.js';
import { checkText, type FileResult } from './check-file.js';
import { newProblems } from './new-problems.js';
import type { Problem } from '../model/problem.js';
import { checkRules, locateProblems, sortProblems, type ValidationResult } from './validate-workspace.js';

export interface EditCheck {
  /** Errors the edit would bring in, located (in the edited text for the edited file). */
  errors: Problem[];
  /** Texts of the files those errors are in, for excerpts. */
  sources: Map<string, string>;
}

/**
 * `before` is the workspace as it is on disk; `file` the record edited (new, or one of its
 * listing), `oldText` its text now (undefined for a new file), `newText` the text after the edit.
 * `readText` reads another file of the workspace, for the places of errors found there.
 */
export async function checkEdit(
  before: ValidationResult,
  file: RecordFile,
  oldText: string | undefined,
  newText: string,
  today: string,
  readText: (rel: string) => string | undefined,
): Promise<EditCheck> {
  const edited = await checkOne(file, newText);
  const original = oldText === undefined ? undefined : await checkOne(file, oldText);
  const records = before.records.map((entry) => entry.record);
  const index = before.records.findIndex((entry) => entry.file.rel === file.rel);
  const record = edited.record ?? { file: file.rel, kind: file.kind, stem: file.stem, value: undefined, valid: false };
  const after = index < 0 ? [...records, record] : records.map((r, i) => (i === index ? record : r));
  const was = [...(original?.problems ?? []), ...checkRules(buildWorkspace(records), today)];
  const now = [...edited.problems, ...checkRules(buildWorkspace(after), today)];
  const errors = newProblems(now, was, new Map()).fresh.filter((found) => found.severity === 'error');
  const sources = await locateProblems(errors, (rel) => (rel === file.rel ? newText : readText(rel)));
  return { errors: sortProblems(errors), sources };
}

async function checkOne(file: RecordFile, text: string): Promise<FileResult> {
  const quick = checkText(file, text);
  return 'text' in quick ? (checkText(file, text, await loadYamlParse()) as FileResult) : quick;
}

