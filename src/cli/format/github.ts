// CLI: GitHub Actions workflow commands, one annotation per problem (::error file=…,line=…::…).

import { describeProblem } from '../../messages/index.js';
import { UI } from '../../messages/ui.js';
import { escapeControls } from './escape-controls.js';
import { countBySeverity, type ReportFormatter } from './types.js';

export const formatGithub: ReportFormatter = (report) => {
  const lines = report.problems.map((found) => {
    const text = describeProblem(found, report.lang);
    const props = [
      `file=${escapeProperty(escapeControls(report.displayPath(found.file)))}`,
      `line=${found.line ?? 1}`,
      `col=${found.column ?? 1}`,
      `title=${escapeProperty(found.rule)}`,
    ].join(',');
    // Escaped before the workflow-command escaping: the job log is shown as a terminal would.
    const body = escapeControls(text.advice === '' ? text.message : `${text.message}. ${text.advice}`);
    return `::${found.severity} ${props}::${escapeData(body)}`;
  });
  const { errors, warnings } = countBySeverity(report.problems);
  const ui = UI[report.lang];
  if (report.quiet && report.problems.length === 0) return '';
  lines.push(report.problems.length === 0 ? ui.clean(report.fileCount) : ui.summary(errors, warnings, report.fileCount));
  return `${lines.join('\n')}\n`;
};

function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
