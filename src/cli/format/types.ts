// CLI: what every output format of `mentor validate` receives.

import type { ChalkInstance } from 'chalk';
import type { Lang } from '../../messages/catalogue.js';
import type { Problem } from '../../model/problem.js';

export interface ValidateReport {
  problems: readonly Problem[];
  /** Workspace-relative file → how to show its path (relative to the current folder). */
  displayPath: (file: string) => string;
  sources: ReadonlyMap<string, string>;
  fileCount: number;
  /** The record files checked, workspace-relative (formats that list every file, as JUnit does). */
  files?: readonly string[];
  lang: Lang;
  colour: ChalkInstance;
  /** Lines said before the summary (what `--changed` compared with). */
  notes?: readonly string[];
  /** `--quiet`: nothing at all when there is no problem. */
  quiet?: boolean;
}

export type ReportFormatter = (report: ValidateReport) => string;

export function countBySeverity(problems: readonly Problem[]): { errors: number; warnings: number } {
  let errors = 0;
  for (const found of problems) if (found.severity === 'error') errors++;
  return { errors, warnings: problems.length - errors };
}
