// CLI: the Markdown that `--format github` appends to $GITHUB_STEP_SUMMARY — every problem, in a table.

import type { Lang } from '../../messages/catalogue.js';
import { describeProblem } from '../../messages/index.js';
import { UI } from '../../messages/ui.js';
import { countBySeverity, type ValidateReport } from './types.js';

const HEADERS: Record<Lang, { columns: readonly string[]; more: (n: number) => string }> = {
  en: {
    columns: ['Location', 'Severity', 'Rule', 'Message', 'Advice'],
    more: (n) => `…and ${n} more, left out to keep the summary under GitHub's size limit; see the step's log.`,
  },
  ru: {
    columns: ['Место', 'Уровень', 'Правило', 'Сообщение', 'Совет'],
    more: (n) => `…и ещё ${n}: они не поместились в сводку (её размер ограничен GitHub); см. журнал шага.`,
  },
};

export interface SummaryOptions {
  /** Most bytes of UTF-8 to return; table rows that do not fit are left out, and counted. */
  maxBytes?: number;
}

/**
 * A level-2 heading, the summary line and a table of all problems (GitHub shows only the first
 * annotations of a step, the summary shows them all). Pure: the caller appends it to the file.
 */
export function formatGithubSummary(report: ValidateReport, options: SummaryOptions = {}): string {
  const ui = UI[report.lang];
  const { errors, warnings } = countBySeverity(report.problems);
  if (report.problems.length === 0) return `## mentor validate\n\n${ui.clean(report.fileCount)}\n`;
  const { columns, more } = HEADERS[report.lang];
  const head = [
    '## mentor validate',
    '',
    ui.summary(errors, warnings, report.fileCount),
    '',
    row(columns),
    row(columns.map(() => '---')),
  ];
  const rows = report.problems.map((found) => {
    const text = describeProblem(found, report.lang);
    return row([
      `${report.displayPath(found.file)}:${found.line ?? 1}:${found.column ?? 1}`,
      found.severity === 'error' ? ui.error : ui.warning,
      found.rule,
      text.message,
      text.advice,
    ].map(escapeCell));
  });
  const limit = options.maxBytes ?? Infinity;
  // Room is kept for the closing "…and N more" line, in case it is needed.
  let size = byteLength(`${head.join('\n')}\n\n${more(rows.length)}\n`);
  let kept = 0;
  for (const line of rows) {
    const cost = byteLength(`${line}\n`);
    if (size + cost > limit) break;
    size += cost;
    kept++;
  }
  const out = [...head, ...rows.slice(0, kept)];
  if (kept < rows.length) out.push('', more(rows.length - kept));
  return `${out.join('\n')}\n`;
}

function row(cells: readonly string[]): string {
  return `| ${cells.join(' | ')} |`;
}

/**
 * One line of inline Markdown that shows the text as it is: Markdown and HTML punctuation, and
 * the `|` that would end the cell, backslash-escaped; line breaks become spaces.
 */
export function escapeCell(s: string): string {
  return s.replace(/\r\n?|\n/g, ' ').replace(/[\\`*_[\]<>|~&]/g, '\\$&');
}

function byteLength(s: string): number {
  return Buffer.byteLength(s, 'utf8');
}
