// CLI: the one way `done`, `meeting` and `assess` change a record — refused when it would add an
// error to the workspace, shown as a diff with --dry-run, written atomically when the file still
// holds what was read.

import { join } from 'node:path';
import type { EditError } from '../edit/edit-result.js';
import type { RecordFile } from '../load/list-records.js';
import { readSource } from '../load/read-source.js';
import { EDIT_TEXT } from '../messages/edit.js';
import { checkEdit, type EditCheck } from '../validate/check-edit.js';
import type { ValidationResult } from '../validate/validate-workspace.js';
import { unifiedDiff } from './diff.js';
import { displayPath } from './display-path.js';
import { EXIT_FAILURE, EXIT_OK, EXIT_PROBLEMS, type Io } from './io.js';
import type { GlobalOptions } from './global-options.js';
import { printProblems } from './print-problems.js';
import { createFileAtomic, replaceFileAtomic } from './write-file.js';

export interface RecordEdit {
  root: string;
  file: RecordFile;
  /** The file's text as read; undefined when the edit makes a new file. */
  oldText: string | undefined;
  newText: string;
  /** Said after a successful write. */
  done: string;
}

/** The text of a record file of the workspace, read as carefully as validate reads it. */
export function readRecordText(root: string, rel: string): string | undefined {
  const source = readSource(join(root, rel), rel, root);
  return 'text' in source ? source.text : undefined;
}

export type EditOutcome =
  /** The edit would add these errors: nothing was written. */
  | { refused: EditCheck }
  /** --dry-run: what would change, as a unified diff. */
  | { diff: string }
  | { written: string };

/**
 * Checks the edit against the workspace and, unless it adds an error or `dryRun` asks only for
 * the diff, writes it. WriteRefused is thrown when the file changed since it was read.
 */
export async function commitRecordEdit(edit: RecordEdit, before: ValidationResult, options: { today: string; dryRun?: boolean }, cwd: string): Promise<EditOutcome> {
  const check = await checkEdit(before, edit.file, edit.oldText, edit.newText, options.today, (rel) => readRecordText(edit.root, rel));
  if (check.errors.length > 0) return { refused: check };
  const path = join(edit.root, edit.file.rel);
  const shown = displayPath(cwd, path);
  if (options.dryRun) return { diff: unifiedDiff(edit.oldText ?? '', edit.newText, edit.oldText === undefined ? '/dev/null' : shown, shown) };
  if (edit.oldText === undefined) createFileAtomic(path, edit.newText, { base: edit.root });
  else replaceFileAtomic(path, edit.newText, { base: edit.root, expected: edit.oldText });
  return { written: edit.file.rel };
}

/** commitRecordEdit for a command: the refusal printed as problems (exit 1), the diff, or the done line. */
export async function applyRecordEdit(
  edit: RecordEdit,
  before: ValidationResult,
  options: { today: string; dryRun?: boolean },
  globals: GlobalOptions,
  io: Io,
): Promise<number> {
  const text = EDIT_TEXT[globals.lang];
  const outcome = await commitRecordEdit(edit, before, options, io.cwd);
  if ('refused' in outcome) {
    printProblems(outcome.refused.errors, outcome.refused.sources, edit.root, globals, io);
    io.stderr(`${text.refused(outcome.refused.errors.length)}\n`);
    return EXIT_PROBLEMS;
  }
  if ('diff' in outcome) {
    io.stdout(outcome.diff);
    io.stderr(`${text.dryRun}\n`);
    return EXIT_OK;
  }
  io.stdout(`${edit.done}\n`);
  return EXIT_OK;
}

/** An edit the record does not allow, said in one line (exit 2). */
export function reportEditError(error: EditError, file: string, globals: GlobalOptions, io: Io): number {
  io.stderr(`${describeEditError(error, file, globals)}\n`);
  return EXIT_FAILURE;
}

function describeEditError(error: EditError, file: string, globals: GlobalOptions): string {
  const text = EDIT_TEXT[globals.lang];
  switch (error.kind) {
    case 'no-item':
      return text.noItem(error.id, file, error.suggestion);
    case 'alias':
      return text.alias(file, error.line, error.alias);
    case 'assessment-exists':
      return text.assessmentExists(error.assessment, error.date, file);
  }
}
