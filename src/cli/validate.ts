// CLI: `mentor validate` — load and check the workspace, print the problems, return the exit code.

import { isRealDate, todayIso } from '../model/dates.js';
import { UI } from '../messages/ui.js';
import { addFieldSuggestions } from '../validate/field-suggestions.js';
import { validateWorkspace } from '../validate/validate-workspace.js';
import { FORMATTERS } from './format/index.js';
import { formatText } from './format/text.js';
import { EXIT_FAILURE, EXIT_OK, EXIT_PROBLEMS, type Io } from './io.js';
import type { GlobalOptions } from './main.js';
import { makeReport } from './print-problems.js';
import { resolveWorkspaceRoot } from './workspace-root.js';

export interface ValidateCliOptions {
  strict?: boolean;
  format: string;
  today?: string;
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
  const result = await validateWorkspace(root, { today, ...(io.workerUrl ? { workerUrl: io.workerUrl } : {}) });
  if (options.strict) for (const found of result.problems) found.severity = 'error';
  await addFieldSuggestions(result.problems);
  const format = FORMATTERS[options.format] ?? formatText;
  io.stdout(format(makeReport(result.problems, result.sources, result.fileCount, root, globals, io)));
  return result.problems.some((found) => found.severity === 'error') ? EXIT_PROBLEMS : EXIT_OK;
}
