// CLI: what `done`, `meeting` and `assess` start from — the workspace as it is (errors elsewhere
// do not stop an edit), the day and the year, and the record of a teacher for that year.

import { join } from 'node:path';
import type { RecordFile } from '../load/list-records.js';
import { yearFolderName } from '../model/dates.js';
import type { RouteRecord } from '../model/types.js';
import type { Loaded } from '../model/workspace.js';
import { EDIT_TEXT } from '../messages/edit.js';
import { makeSuggester } from '../model/did-you-mean.js';
import { validateWorkspace, type ValidationResult } from '../validate/validate-workspace.js';
import { resolveDays } from './context.js';
import { EXIT_FAILURE, EXIT_PROBLEMS, type Io } from './io.js';
import type { GlobalOptions } from './global-options.js';
import { printProblems } from './print-problems.js';
import { resolveWorkspaceRoot } from './workspace-root.js';

export interface EditStart {
  root: string;
  today: string;
  year: string;
  before: ValidationResult;
}

export async function startEdit(globals: GlobalOptions, options: { year?: string; today?: string }, io: Io): Promise<EditStart | number> {
  const days = resolveDays(globals, options, io);
  if (typeof days === 'number') return days;
  const root = resolveWorkspaceRoot(globals, io);
  if (root === undefined) return EXIT_FAILURE;
  const before = await validateWorkspace(root, { today: days.today });
  return { root, ...days, before };
}

/** The route of `teacher` for the year, with its file; a did-you-mean or its errors otherwise. */
export function findRoute(start: EditStart, teacher: string, globals: GlobalOptions, io: Io): { route: Loaded<RouteRecord>; file: RecordFile } | number {
  const text = EDIT_TEXT[globals.lang];
  const rel = `routes/${yearFolderName(start.year)}/${teacher}.yaml`;
  const entry = start.before.records.find((r) => r.file.rel === rel);
  if (entry === undefined) {
    const teachers = start.before.records.filter((r) => r.file.kind === 'route' && r.file.folderYear === yearFolderName(start.year)).map((r) => r.file.stem);
    io.stderr(`${text.noRoute(teacher, start.year, makeSuggester(teachers)(teacher))}\n`);
    return EXIT_FAILURE;
  }
  const route = start.before.workspace.routes.find((r) => r.file === rel);
  if (route === undefined || !entry.record.valid) {
    const own = start.before.problems.filter((p) => p.file === rel && p.severity === 'error');
    printProblems(own, start.before.sources, start.root, globals, io);
    io.stderr(`${text.routeHasErrors(rel)}\n`);
    return EXIT_PROBLEMS;
  }
  return { route, file: entry.file };
}

/** A teacher of teachers/, or a did-you-mean. */
export function checkTeacher(start: EditStart, teacher: string, globals: GlobalOptions, io: Io): number | undefined {
  if (start.before.workspace.teacherIds.has(teacher)) return undefined;
  const suggest = makeSuggester(start.before.workspace.teacherIds);
  io.stderr(`${EDIT_TEXT[globals.lang].notTeacher(teacher, suggest(teacher))}\n`);
  return EXIT_FAILURE;
}

/** The RecordFile of a record that may not exist yet (a new diagnostics file). */
export function recordFileOf(start: EditStart, kind: 'diagnostics', teacher: string): RecordFile {
  const folder = yearFolderName(start.year);
  const rel = `diagnostics/${folder}/${teacher}.yaml`;
  const listed = start.before.records.find((r) => r.file.rel === rel)?.file;
  return listed ?? { path: join(start.root, rel), rel, kind, stem: teacher, folderYear: folder, root: start.root };
}
