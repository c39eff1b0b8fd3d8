// CLI: the machine format — a stable, documented JSON document (see README, "JSON output").

import { describeProblem } from '../../messages/index.js';
import { countBySeverity, type ReportFormatter } from './types.js';

export const formatJson: ReportFormatter = (report) => {
  const { errors, warnings } = countBySeverity(report.problems);
  const document = {
    version: 1,
    summary: { files: report.fileCount, errors, warnings },
    problems: report.problems.map((found) => {
      const text = describeProblem(found, report.lang);
      return {
        file: report.displayPath(found.file),
        line: found.line ?? 1,
        column: found.column ?? 1,
        pointer: found.pointer,
        rule: found.rule,
        severity: found.severity,
        message: text.message,
        advice: text.advice,
        params: found.params,
      };
    }),
  };
  return `${JSON.stringify(document, null, 2)}\n`;
};
