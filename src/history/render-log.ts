// History stage (output): the history as a terminal table, and as JSON. Strings out, no printing.

import { LOG_TEXT } from './log-text.js';
import type { BackDatedWarning, History, HistoryEvent, LogEntry } from './types.js';
import type { Lang } from '../messages/catalogue.js';

export interface TableStyle {
  header: (text: string) => string;
  warning: (text: string) => string;
}

const PLAIN: TableStyle = { header: (s) => s, warning: (s) => s };

const isWarning = (entry: LogEntry): entry is BackDatedWarning => entry.kind === 'back-dated';

/** Columns padded to their widest cell; a warning row is styled whole. Ends with a summary line. */
export function renderLogTable(history: History, lang: Lang, style: TableStyle = PLAIN): string {
  const t = LOG_TEXT[lang];
  const rows = history.entries.map((entry) => {
    const change = isWarning(entry) ? t.backDated(entry.done_on, entry.date, entry.days) : t.change[entry.kind](entry, t);
    return [t.date(entry.date), entry.commit, entry.author, entry.file, entry.item ?? '', change];
  });
  const widths = t.columns.map((title, c) => Math.max(width(title), ...rows.map((row) => width(row[c]!))));
  const line = (cells: readonly string[]): string =>
    cells
      .map((cell, c) => (c === cells.length - 1 ? cell : cell + ' '.repeat(widths[c]! - width(cell))))
      .join('  ')
      .trimEnd();
  const out = [style.header(line(t.columns)), widths.map((w) => '─'.repeat(w)).join('  ')];
  rows.forEach((row, n) => out.push(isWarning(history.entries[n]!) ? style.warning(line(row)) : line(row)));
  const warnings = history.entries.filter(isWarning).length;
  out.push('', t.summary(history.entries.length - warnings, warnings));
  return `${out.join('\n')}\n`;
}

/** `{version: 1, id, events, warnings}`, two-space indented, with a final newline. */
export function renderLogJson(history: History): string {
  const events: HistoryEvent[] = [];
  const warnings: BackDatedWarning[] = [];
  for (const entry of history.entries) {
    if (isWarning(entry)) warnings.push(entry);
    else events.push(entry);
  }
  return `${JSON.stringify({ version: 1, id: history.id, events, warnings }, null, 2)}\n`;
}

/** Terminal cells of a text: code points, which is right for Cyrillic and the dates here. */
function width(text: string): number {
  return [...text].length;
}
