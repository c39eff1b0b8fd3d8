// CLI: append the validate report to the GitHub Actions job summary ($GITHUB_STEP_SUMMARY), if set.

import { appendFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { formatGithubSummary } from './format/github-summary.js';
import type { ValidateReport } from './format/types.js';
import type { Io } from './io.js';

/** GitHub refuses a step summary over 1 MiB (the whole file, with what earlier commands wrote). */
const STEP_SUMMARY_LIMIT = 1024 * 1024;

/**
 * Appends — never overwrites: other commands of the step may have written to the file. A file
 * that cannot be written is an error of the run (exit 2), like any other failure to write.
 */
export function appendStepSummary(report: ValidateReport, io: Io): void {
  const target = io.env['GITHUB_STEP_SUMMARY'];
  if (target === undefined || target === '') return;
  const path = resolve(io.cwd, target);
  const existing = sizeOf(path);
  const separator = existing > 0 ? '\n' : '';
  const markdown = formatGithubSummary(report, { maxBytes: Math.max(0, STEP_SUMMARY_LIMIT - existing - separator.length) });
  appendFileSync(path, `${separator}${markdown}`);
}

function sizeOf(path: string): number {
  try {
    return statSync(path).size;
  } catch {
    return 0;
  }
}
