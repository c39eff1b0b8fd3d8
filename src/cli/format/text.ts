// CLI: the human format — file:line:col, severity, rule, message, excerpt, advice; then a summary.

import { describeProblem } from '../../messages/index.js';
import { UI } from '../../messages/ui.js';
import { escapeControls } from './escape-controls.js';
import { excerpt } from './excerpt.js';
import { countBySeverity, type ReportFormatter } from './types.js';

export const formatText: ReportFormatter = (report) => {
  const { colour: c, lang } = report;
  const ui = UI[lang];
  if (report.quiet && report.problems.length === 0) return '';
  const out: string[] = [];
  for (const found of report.problems) {
    const text = describeProblem(found, lang);
    const where = escapeControls(`${report.displayPath(found.file)}:${found.line ?? 1}:${found.column ?? 1}`);
    const severity = found.severity === 'error' ? c.red.bold(ui.error) : c.yellow.bold(ui.warning);
    const field = found.pointer === '' ? '' : c.dim(` (${escapeControls(found.pointer)})`);
    out.push(`${c.bold(where)}: ${severity} ${c.dim(`[${found.rule}]`)} ${escapeControls(text.message)}${field}`);
    const source = report.sources.get(found.file);
    if (source !== undefined && found.line !== undefined) {
      // The gutter in blue, the user's text as it is, the marker in red.
      const paint = (_: string, gutter: string, rest: string): string => c.blue(gutter) + rest.replace(/\^+$/, (m) => c.red(m));
      out.push(...excerpt(source, found.line, found.column ?? 1).map((l) => l.replace(/^([\d ]+\|)(.*)$/, paint)));
    }
    if (text.advice !== '') out.push(`  = ${ui.advice}: ${escapeControls(text.advice)}`);
    out.push('');
  }
  const { errors, warnings } = countBySeverity(report.problems);
  out.push(...(report.notes ?? []).map((note) => c.dim(note)));
  out.push(report.problems.length === 0 ? c.green(ui.clean(report.fileCount)) : ui.summary(errors, warnings, report.fileCount));
  return `${out.join('\n')}\n`;
};
