// Report stage (formats): the report as CSV — one file per table, safe to open in a spreadsheet.
//
// Files: UTF-8 with a BOM (so Excel reads Cyrillic), CRLF line ends, RFC 4180 quoting (a cell
// holding the separator, a quote, CR or LF is quoted, inner quotes doubled), Russian headers.
//
// Formula injection (OWASP "CSV Injection"): a TEXT cell starting with =, +, -, @, a tab or CR
// gets a leading apostrophe, so a spreadsheet shows it and never evaluates it («=1+1» → «'=1+1»,
// «-Иван» → «'-Иван»). Numbers the report computes are NUMBER cells and are written as numbers,
// never neutralised: a negative growth change is «-0.3» (a value, not a formula; spreadsheets can
// sum it). The rule goes by the cell's type, not by how its text looks: a name «-5» is text and
// becomes «'-5». Numbers use the decimal point with the separator «,» and the decimal comma with
// «;» (the Russian Excel pairing), so they never need quoting.
//
// Where the files go (the CLI writes them; this module only names them, see csvOutputFiles):
// - `--out FILE.csv`: FILE.csv holds the summary table, and each other table goes to a sibling
//   FILE-<table>.csv (report.csv, report-pairs.csv, report-items-by-direction.csv, …);
// - stdout: every table, summary first, one after another, separated by a blank line, each
//   starting with its own header row, with one BOM at the very start (see joinCsvForStdout).

import { decimalComma } from '../model/russian.js';
import { buildCsvTables, type CsvCell, type CsvTable } from './csv-tables.js';
import type { Report } from './types.js';

export type CsvSeparator = ',' | ';';

export interface CsvFile {
  /** The table's name: `summary`, `pairs`, `items-by-direction`, … (see CSV_TABLE_NAMES). */
  name: string;
  text: string;
}

export { CSV_TABLE_NAMES } from './csv-tables.js';

const BOM = '\uFEFF';
const CRLF = '\r\n';
const FORMULA_START = /^[=+\-@\t\r]/;

/** Every table of the report as a CSV file, the summary first. */
export function reportToCsv(report: Report, options: { separator: CsvSeparator }): CsvFile[] {
  return buildCsvTables(report).map((table) => ({ name: table.name, text: toCsv(table, options.separator) }));
}

/** One table as CSV text: BOM, header row, data rows, each line ended by CRLF. */
export function toCsv(table: Pick<CsvTable, 'header' | 'rows'>, separator: CsvSeparator): string {
  const lines = [table.header, ...table.rows].map((row) => row.map((cell) => csvCell(cell, separator)).join(separator));
  return `${BOM}${lines.map((line) => `${line}${CRLF}`).join('')}`;
}

/** A cell: null is empty, a number a number, text neutralised against formulas and quoted when needed. */
export function csvCell(cell: CsvCell, separator: CsvSeparator): string {
  if (cell === null) return '';
  if (typeof cell === 'number') return formatCsvNumber(cell, separator);
  const text = FORMULA_START.test(cell) ? `'${cell}` : cell;
  return needsQuotes(text, separator) ? `"${text.replace(/"/g, '""')}"` : text;
}

function needsQuotes(text: string, separator: CsvSeparator): boolean {
  return text.includes(separator) || /["\r\n]/.test(text);
}

function formatCsvNumber(n: number, separator: CsvSeparator): string {
  const text = Number.isFinite(n) ? String(n) : '';
  return separator === ';' ? decimalComma(text) : text;
}

/** stdout: all tables one after another, a blank line between, one BOM at the start. */
export function joinCsvForStdout(files: readonly CsvFile[]): string {
  return `${BOM}${files.map((f) => f.text.replace(/^\uFEFF/, '')).join(CRLF)}`;
}

/**
 * Where `--out FILE.csv` puts each table: the summary in FILE.csv itself, every other table in
 * FILE-<name>.csv beside it. Without a `.csv` ending the suffix is added to the others only.
 */
export function csvOutputFiles(out: string, files: readonly CsvFile[]): { path: string; text: string }[] {
  const stem = out.replace(/\.csv$/i, '');
  return files.map((f) => ({ path: f.name === 'summary' ? out : `${stem}-${f.name}.csv`, text: f.text }));
}
