// CLI: append the validate report to the GitHub Actions job summary ($GITHUB_STEP_SUMMARY), if set.

import { closeSync, constants, openSync, statSync, writeSync } from 'node:fs';
import { resolve } from 'node:path';
import { formatGithubSummary } from './format/github-summary.js';
import type { ValidateReport } from './format/types.js';
import type { Io } from './io.js';
import { WriteRefused } from './write-refused.js';

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
  appendNoFollow(path, `${separator}${markdown}`);
}

/** Appends to the file itself: a symbolic link in its place is refused (WriteRefused), not followed. */
function appendNoFollow(path: string, text: string): void {
  let fd: number;
  try {
    fd = openSync(path, constants.O_WRONLY | constants.O_APPEND | constants.O_CREAT | (constants.O_NOFOLLOW ?? 0), 0o644);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ELOOP') throw new WriteRefused('link', path);
    throw error;
  }
  try {
    writeSync(fd, text);
  } finally {
    closeSync(fd);
  }
}

function sizeOf(path: string): number {
  try {
    return statSync(path).size;
  } catch {
    return 0;
  }
}
