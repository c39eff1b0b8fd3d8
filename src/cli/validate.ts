// CLI: `mentor validate` — load and check the workspace, print the problems, return the exit code.

import { isRealDate, todayIso } from '../model/dates.js';
import { UI } from '../messages/ui.js';
import { addFieldSuggestions } from '../validate/field-suggestions.js';
import { changedFiles } from '../load/git-changes.js';
import { openRevision } from '../load/git-workspace.js';
import { validateWorkspace } from '../validate/validate-workspace.js';
import { FORMATTERS } from './format/index.js';
import { formatText } from './format/text.js';
import { EXIT_FAILURE, EXIT_OK, EXIT_PROBLEMS, type Io } from './io.js';
import type { GlobalOptions } from './main.js';
import { makeReport } from './print-problems.js';
import { appendStepSummary } from './step-summary.js';
import { resolveWorkspaceRoot } from './workspace-root.js';

export interface ValidateCliOptions {
  strict?: boolean;
  format: string;
  today?: string;
  rev?: string;
  changed?: boolean;
  base?: string;
}

export async function runValidate(globals: GlobalOptions, options: ValidateCliOptions, io: Io): Promise<number> {
  const ui = UI[globals.lang];
  const today = options.today ?? todayIso();
  if (!isRealDate(today)) {
    io.stderr(`${ui.badDate(today)}\n`);
    return EXIT_FAILURE;
  }
  const root = resolveWorkspaceRoot(globals, io);
  if (root === undefined) return EXIT_FAILURE;
  if (options.changed && options.rev !== undefined) {
    io.stderr(`${ui.badCombination('--changed', '--rev')}\n`);
    return EXIT_FAILURE;
  }
  // Git errors (no repository, no git, no such revision) are thrown and become exit 2 in main.
  const revision = options.rev === undefined ? undefined : openRevision(root, options.rev);
  const result = await validateWorkspace(root, {
    today,
    ...(revision ? { revision } : {}),
  });
  if (options.changed || options.base !== undefined) {
    // References are resolved across the whole workspace; only what is shown is narrowed.
    const { files } = changedFiles(root, options.base);
    result.problems = result.problems.filter((found) => files.has(found.file));
    // A JUnit report of a change lists the changed files only.
    result.files = result.files.filter((file) => files.has(file));
  }
  if (options.strict) for (const found of result.problems) found.severity = 'error';
  await addFieldSuggestions(result.problems);
  const format = FORMATTERS[options.format] ?? formatText;
  const report = { ...makeReport(result.problems, result.sources, result.fileCount, root, globals, io), files: result.files };
  io.stdout(format(report));
  if (options.format === 'github') appendStepSummary(report, io);
  return result.problems.some((found) => found.severity === 'error') ? EXIT_PROBLEMS : EXIT_OK;
}
