// CLI: `mentor validate [PATH…]` — load and check the workspace, print the problems, return the exit code.

import { existsSync, statSync } from 'node:fs';
import { dirname, relative, resolve, sep } from 'node:path';
import { isDateInRange, todayIso } from '../model/dates.js';
import { UI } from '../messages/ui.js';
import { addFieldSuggestions } from '../validate/field-suggestions.js';
import { openRevision } from '../load/git-workspace.js';
import { validateWorkspace, type ValidationResult } from '../validate/validate-workspace.js';
import { FORMATTERS } from './format/index.js';
import { formatText } from './format/text.js';
import { EXIT_FAILURE, EXIT_OK, EXIT_PROBLEMS, type Io } from './io.js';
import type { GlobalOptions } from './global-options.js';
import { applyWorkspaceLang } from './workspace-lang.js';
import { makeReport } from './print-problems.js';
import { appendStepSummary } from './step-summary.js';
import { resolveWorkspaceRoot } from './workspace-root.js';

export interface ValidateCliOptions {
  strict?: boolean;
  quiet?: boolean;
  format: string;
  today?: string;
  rev?: string;
  changed?: boolean;
  base?: string;
}

export async function runValidate(globals: GlobalOptions, paths: readonly string[], options: ValidateCliOptions, io: Io): Promise<number> {
  const ui = UI[globals.lang];
  const today = options.today ?? todayIso();
  if (!isDateInRange(today)) {
    io.stderr(`${ui.badDate(today)}\n`);
    return EXIT_FAILURE;
  }
  for (const path of paths) {
    if (!existsSync(resolve(io.cwd, path))) {
      io.stderr(`${ui.noSuchPath(path)}\n`);
      return EXIT_FAILURE;
    }
  }
  // `mentor validate records/teachers/a.yaml` from the repository root finds records/ by the path.
  const start = globals.workspace === undefined && paths[0] !== undefined ? folderOf(resolve(io.cwd, paths[0])) : undefined;
  const root = resolveWorkspaceRoot(globals, start === undefined ? io : { ...io, cwd: start });
  if (root === undefined) return EXIT_FAILURE;
  const scope = scopeOf(root, paths, io.cwd);
  if (typeof scope === 'string') {
    io.stderr(`${ui.pathOutsideWorkspace(scope)}\n`);
    return EXIT_FAILURE;
  }
  if (options.changed && options.rev !== undefined) {
    io.stderr(`${ui.badCombination('--changed', '--rev')}\n`);
    return EXIT_FAILURE;
  }
  // Git errors (no repository, no git, no such revision) are thrown and become exit 2 in main.
  const revision = options.rev === undefined ? undefined : openRevision(root, options.rev);
  const check = (at?: typeof revision): Promise<ValidationResult> => validateWorkspace(root, { today, ...(at ? { revision: at } : {}) });
  const result = await check(revision);
  applyWorkspaceLang(globals, result.workspace);
  const notes: string[] = [];
  if (options.changed || options.base !== undefined) {
    const { narrowToChange } = await import('./validate-changed.js');
    const narrowed = await narrowToChange(root, options.base, result, (at) => check(at), globals.lang);
    if (typeof narrowed === 'string') {
      io.stderr(`${narrowed}\n`);
      return EXIT_FAILURE;
    }
    notes.push(narrowed.note);
  }
  if (scope !== undefined) {
    // References are resolved across the whole workspace; only what is shown is narrowed.
    result.problems = result.problems.filter((found) => scope.some((prefix) => isWithin(found.file, prefix)));
    result.files = result.files.filter((file) => scope.some((prefix) => isWithin(file, prefix)));
    result.fileCount = result.files.length;
  }
  if (options.quiet) result.problems = result.problems.filter((found) => found.severity === 'error' || options.strict);
  if (options.strict) for (const found of result.problems) found.severity = 'error';
  await addFieldSuggestions(result.problems);
  const format = FORMATTERS[options.format] ?? formatText;
  const report = {
    ...makeReport(result.problems, result.sources, result.fileCount, root, globals, io),
    files: result.files,
    notes,
    quiet: options.quiet === true,
  };
  const text = format(report);
  // Machine formats keep stdout to the document; the comparison note goes to stderr there.
  if (options.format !== 'text' && notes.length > 0 && !options.quiet) io.stderr(`${notes.join('\n')}\n`);
  io.stdout(text);
  if (options.format === 'github') appendStepSummary(report, io);
  return result.problems.some((found) => found.severity === 'error') ? EXIT_PROBLEMS : EXIT_OK;
}

/** The folder to look for the workspace from: the path itself, or the folder of a file. */
function folderOf(path: string): string {
  return statSync(path).isDirectory() ? path : dirname(path);
}

/**
 * Workspace-relative prefixes of the paths given ('' for the whole workspace); undefined when no
 * path was given; the first path outside the workspace, as typed, when there is one.
 */
function scopeOf(root: string, paths: readonly string[], cwd: string): string[] | undefined | string {
  if (paths.length === 0) return undefined;
  const prefixes: string[] = [];
  for (const path of paths) {
    const rel = relative(root, resolve(cwd, path));
    if (rel.startsWith('..') || resolve(root, rel) !== resolve(cwd, path) || /^[A-Za-z]:/.test(rel)) return path;
    prefixes.push(rel.split(sep).join('/'));
  }
  return prefixes;
}

function isWithin(file: string, prefix: string): boolean {
  return prefix === '' || file === prefix || file.startsWith(`${prefix}/`);
}
