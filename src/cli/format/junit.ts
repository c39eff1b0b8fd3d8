// CLI: JUnit XML for GitLab's test report — one test case per checked file, a failure per error.

import { describeProblem } from '../../messages/index.js';
import { UI } from '../../messages/ui.js';
import type { Problem } from '../../model/problem.js';
import type { ReportFormatter, ValidateReport } from './types.js';
import { xmlAttr, xmlText } from './xml.js';

const SUITE = 'mentor validate';

/**
 * Every checked file is a test case (passing when it has no error), and so is every other file a
 * problem is about (a stray file). Warnings go to the case's system-out; under --strict they are
 * errors already. `failures` counts the failing cases, so `tests - failures` passed.
 */
export const formatJunit: ReportFormatter = (report) => {
  const byFile = new Map<string, Problem[]>();
  for (const file of report.files ?? []) byFile.set(file, []);
  for (const found of report.problems) {
    const list = byFile.get(found.file);
    if (list === undefined) byFile.set(found.file, [found]);
    else list.push(found);
  }
  const cases: string[] = [];
  let failures = 0;
  for (const [file, problems] of byFile) {
    if (problems.some((found) => found.severity === 'error')) failures++;
    cases.push(testCase(report, file, problems));
  }
  const counts = `tests="${byFile.size}" failures="${failures}" errors="0" skipped="0"`;
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="${SUITE}" ${counts}>`,
    `  <testsuite name="${SUITE}" ${counts}>`,
    ...cases,
    '  </testsuite>',
    '</testsuites>',
    '',
  ].join('\n');
};

function testCase(report: ValidateReport, file: string, problems: readonly Problem[]): string {
  const shown = report.displayPath(file);
  const open = `    <testcase name="${xmlAttr(shown)}" classname="${xmlAttr(kindFolder(file))}" file="${xmlAttr(shown)}"`;
  if (problems.length === 0) return `${open}/>`;
  const ui = UI[report.lang];
  const lines = [`${open}>`];
  const warnings: string[] = [];
  for (const found of problems) {
    const text = describeProblem(found, report.lang);
    const where = `${shown}:${found.line ?? 1}:${found.column ?? 1}`;
    const field = found.pointer === '' ? '' : ` (${found.pointer})`;
    if (found.severity === 'error') {
      // GitLab shows the failure's text (not its message attribute): it says it all.
      const body = `${where}: ${text.message}${field}${text.advice === '' ? '' : `\n${text.advice}`}`;
      lines.push(`      <failure message="${xmlAttr(text.message)}" type="${xmlAttr(found.rule)}">${xmlText(body)}</failure>`);
    } else {
      const advice = text.advice === '' ? '' : `\n  = ${ui.advice}: ${text.advice}`;
      warnings.push(`${where}: ${ui.warning} [${found.rule}] ${text.message}${field}${advice}`);
    }
  }
  if (warnings.length > 0) lines.push(`      <system-out>${xmlText(warnings.join('\n'))}</system-out>`);
  lines.push('    </testcase>');
  return lines.join('\n');
}

/** The record folder a file is in (`teachers`, `routes`…); `config` for mentor.yaml itself. */
function kindFolder(file: string): string {
  const slash = file.indexOf('/');
  return slash < 0 ? 'config' : file.slice(0, slash);
}
