// CLI: what plan, render and report start from — the checked workspace, the catalog, the dates.

import { academicYearOf, FIRST_YEAR, isDateInRange, LAST_YEAR, todayIso } from '../model/dates.js';
import type { Workspace } from '../model/workspace.js';
import { PLAN_TEXT } from '../messages/plan.js';
import { UI } from '../messages/ui.js';
import { mergeCatalog, type Catalog } from '../plan/catalog.js';
import { loadBuiltinCatalog } from '../plan/load-catalog.js';
import { openRevision, type RevisionSource } from '../load/git-workspace.js';
import { validateWorkspace } from '../validate/validate-workspace.js';
import { EXIT_FAILURE, EXIT_PROBLEMS, type Io } from './io.js';
import type { GlobalOptions } from './global-options.js';
import { printProblems } from './print-problems.js';
import { applyWorkspaceLang } from './workspace-lang.js';
import { resolveWorkspaceRoot } from './workspace-root.js';

export interface PlanContext {
  root: string;
  ws: Workspace;
  catalog: Catalog;
  year: string;
  today: string;
  globals: GlobalOptions;
  io: Io;
  /** Set when the records were read at a git revision. */
  revision?: RevisionSource;
}

/** --today (default: the system date) and --year (default: the academic year of today), checked. */
export function resolveDays(globals: GlobalOptions, options: { year?: string; today?: string }, io: Io): { today: string; year: string } | number {
  const ui = UI[globals.lang];
  const today = options.today ?? todayIso();
  if (!isDateInRange(today)) {
    io.stderr(`${ui.badDate(today)}\n`);
    return EXIT_FAILURE;
  }
  const year = options.year ?? academicYearOf(today);
  const first = Number(year.slice(0, 4));
  if (!/^\d{4}\/\d{4}$/.test(year) || Number(year.slice(5)) !== first + 1 || first < FIRST_YEAR || first >= LAST_YEAR) {
    io.stderr(`${ui.badYear(year)}\n`);
    return EXIT_FAILURE;
  }
  return { today, year };
}

/** The context a command starts from, or the exit code when it cannot (the reason already said). */
export type LoadedContext = { context: PlanContext } | { exitCode: number };

/**
 * Loads and checks the workspace and the catalog. Documents and plans are made from clean records
 * only: with errors, they are printed and the exit code is returned instead.
 */
export async function loadWorkspaceContext(
  globals: GlobalOptions,
  options: { year?: string; today?: string; rev?: string },
  io: Io,
): Promise<LoadedContext> {
  const days = resolveDays(globals, options, io);
  if (typeof days === 'number') return { exitCode: days };
  const { today, year } = days;
  const root = resolveWorkspaceRoot(globals, io);
  if (root === undefined) return { exitCode: EXIT_FAILURE };
  const revision = options.rev === undefined ? undefined : openRevision(root, options.rev);
  const result = await validateWorkspace(root, {
    today,
    ...(revision ? { revision } : {}),
  });
  applyWorkspaceLang(globals, result.workspace);
  const errors = result.problems.filter((p) => p.severity === 'error');
  if (errors.length > 0) {
    printProblems(errors, result.sources, root, globals, io);
    io.stderr(`${PLAN_TEXT[globals.lang].workspaceHasErrors(errors.length)}\n`);
    return { exitCode: EXIT_PROBLEMS };
  }
  const catalog = mergeCatalog(await loadBuiltinCatalog(), result.workspace.catalog.map((c) => c.value));
  return { context: { root, ws: result.workspace, catalog, year, today, globals, io, ...(revision ? { revision } : {}) } };
}

