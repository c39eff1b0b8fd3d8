// CLI: `mentor assess TEACHER direction=score…` — write a self-assessment into the year's diagnostics.

import { addAssessment } from '../edit/add-assessment.js';
import { schemaHintFor } from '../load/schema-hint.js';
import { EDIT_TEXT } from '../messages/edit.js';
import { UI } from '../messages/ui.js';
import { isDateInRange } from '../model/dates.js';
import { formatDateShort } from '../model/russian.js';
import type { Assessment, DiagnosticsRecord } from '../model/types.js';
import { applyRecordEdit, readRecordText, reportEditError } from './edit-record.js';
import { checkTeacher, recordFileOf, startEdit } from './edit-target.js';
import { EXIT_FAILURE, type Io } from './io.js';
import type { GlobalOptions } from './global-options.js';

export interface AssessCliOptions {
  kind: Assessment['kind'];
  date: string;
  year?: string;
  today?: string;
  dryRun?: boolean;
}

export async function runAssess(globals: GlobalOptions, teacher: string, pairs: readonly string[], options: AssessCliOptions, io: Io): Promise<number> {
  if (!isDateInRange(options.date)) {
    io.stderr(`${UI[globals.lang].badDate(options.date)}\n`);
    return EXIT_FAILURE;
  }
  const scores = parseScores(pairs);
  if (typeof scores === 'string') {
    io.stderr(`${EDIT_TEXT[globals.lang].badScore(scores)}\n`);
    return EXIT_FAILURE;
  }
  const start = await startEdit(globals, options, io);
  if (typeof start === 'number') return start;
  const unknown = checkTeacher(start, teacher, globals, io);
  if (unknown !== undefined) return unknown;
  const file = recordFileOf(start, 'diagnostics', teacher);
  const oldText = start.before.records.some((r) => r.file.rel === file.rel) ? readRecordText(start.root, file.rel) : undefined;
  const record = start.before.workspace.diagnostics.find((d) => d.file === file.rel)?.value as DiagnosticsRecord | undefined;
  const existing = oldText !== undefined && record !== undefined ? { text: oldText, record } : undefined;
  const assessment: Assessment = { kind: options.kind, date: options.date, scores };
  const samples = start.before.records.filter((r) => r.file.kind === 'diagnostics').map((r) => r.file.rel);
  const hint = schemaHintFor(start.root, samples, file.rel, 'diagnostics');
  const edited = addAssessment(existing, teacher, start.year, assessment, hint);
  if ('error' in edited) return reportEditError(edited.error, file.rel, globals, io);
  const done = EDIT_TEXT[globals.lang].assessmentAdded(options.kind, globals.lang === 'ru' ? formatDateShort(options.date) : options.date, file.rel);
  return applyRecordEdit({ root: start.root, file, oldText, newText: edited.text, done }, start.before, { today: start.today, ...(options.dryRun ? { dryRun: true } : {}) }, globals, io);
}

/** `direction=score` pairs; a decimal comma is read as a point (0,5 = 0.5). The first bad pair otherwise. */
export function parseScores(pairs: readonly string[]): Record<string, number> | string {
  const scores: Record<string, number> = {};
  for (const pair of pairs) {
    const match = /^([a-z_]+)=(\d+(?:[.,]\d+)?)$/.exec(pair.trim());
    if (match === null) return pair;
    scores[match[1]!] = Number(match[2]!.replace(',', '.'));
  }
  return scores;
}
