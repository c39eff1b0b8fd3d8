// Test helper: hand-made reports for the output formats of `mentor validate`.

import { Chalk } from 'chalk';
import type { ValidateReport } from '../../src/cli/format/types.js';
import type { Lang } from '../../src/messages/catalogue.js';
import type { Problem, ProblemId, Severity } from '../../src/model/problem.js';

export function found(
  rule: ProblemId,
  file: string,
  line: number,
  column: number,
  params: Record<string, string | number> = {},
  severity: Severity = 'error',
  pointer = '',
): Problem {
  return { rule, severity, file, pointer, line, column, params };
}

export function makeReport(
  problems: Problem[],
  options: { files?: string[]; lang?: Lang; displayPath?: (file: string) => string } = {},
): ValidateReport {
  const report: ValidateReport = {
    problems,
    displayPath: options.displayPath ?? ((file) => file),
    sources: new Map(),
    fileCount: options.files?.length ?? 0,
    lang: options.lang ?? 'en',
    colour: new Chalk({ level: 0 }),
  };
  if (options.files !== undefined) report.files = options.files;
  return report;
}
