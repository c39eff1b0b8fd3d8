// CLI: `mentor log [ID]` — the history of a teacher's route, mentor file and record (or of every
// route) from git, as a table or as JSON, with back-dated marks flagged.

import { LOG_TEXT } from '../history/log-text.js';
import { readHistory } from '../history/read-history.js';
import { parseLogTarget } from '../history/record-path.js';
import { renderLogJson, renderLogTable } from '../history/render-log.js';
import { makeColour } from './colour.js';
import { listRecordFiles } from '../load/list-records.js';
import { makeSuggester } from '../model/did-you-mean.js';
import { EXIT_FAILURE, EXIT_OK, EXIT_PROBLEMS, type Io } from './io.js';
import type { GlobalOptions } from './global-options.js';
import { resolveWorkspaceRoot } from './workspace-root.js';

export interface LogCliOptions {
  format: 'text' | 'json';
}

/** The teacher ids of the workspace's teachers, mentors and routes nearest to a mistyped one. */
function suggestTeacher(root: string, id: string): string {
  const known = new Set(listRecordFiles(root).files.filter((f) => f.kind === 'teacher' || f.kind === 'mentor' || f.kind === 'route').map((f) => f.stem));
  return known.has(id) ? '' : makeSuggester(known)(id);
}

/** GitError (no repository, no git) goes up to main, which words it and exits 2. */
export async function runLog(globals: GlobalOptions, id: string | undefined, options: LogCliOptions, io: Io): Promise<number> {
  const text = LOG_TEXT[globals.lang];
  const target = id === undefined ? undefined : parseLogTarget(id);
  if (id !== undefined && target === undefined) {
    io.stderr(`${text.badId(id)}\n`);
    return EXIT_FAILURE;
  }
  const root = resolveWorkspaceRoot(globals, io);
  if (root === undefined) return EXIT_FAILURE;
  const entries = await readHistory(root, target);
  if (entries.length === 0 && id !== undefined) {
    io.stderr(`${text.noHistory(id, suggestTeacher(root, target?.teacher ?? id))}\n`);
    return EXIT_PROBLEMS;
  }
  const history = { id: id ?? null, entries };
  if (options.format === 'json') {
    io.stdout(renderLogJson(history));
    return EXIT_OK;
  }
  if (entries.length === 0) {
    io.stderr(`${text.noRoutes}\n`);
    return EXIT_OK;
  }
  const colour = makeColour(io, globals.color);
  io.stdout(renderLogTable(history, globals.lang, { header: (s) => colour.bold(s), warning: (s) => colour.yellow(s) }));
  return EXIT_OK;
}
