// CLI: `mentor report` — the quarterly summary as a document (HTML, Markdown, PDF, Word) or as data (JSON, CSV).

import { join, resolve } from 'node:path';
import { REPORT_TEXT } from '../messages/report.js';
import { directionOrder, directionTitles } from '../plan/catalog.js';
import { anonymize } from '../report/anonymize.js';
import { buildReport } from '../report/build-report.js';
import { csvOutputFiles, joinCsvForStdout, reportToCsv } from '../report/csv.js';
import { toJson } from '../report/json.js';
import { defaultReportPeriod, PERIOD_FORMS, parsePeriod } from '../report/period.js';
import { renderReport } from '../report/render-report.js';
import { buildReportView } from '../report/report-view.js';
import { readProvenance } from '../load/provenance.js';
import { browserPath } from './browser-path.js';
import { readNotes } from '../load/read-notes.js';
import { loadWorkspaceContext } from './context.js';
import { outDirOf } from './out-dir.js';
import { withPdfPrinter } from './pdf-printer.js';
import { displayPath } from './display-path.js';
import { VERSION } from './version.js';
import { EXIT_FAILURE, EXIT_OK, type Io } from './io.js';
import { checkWritable, writeBase } from './safe-folder.js';
import { replaceFileAtomic } from './write-file.js';
import type { GlobalOptions } from './global-options.js';

export interface ReportCliOptions {
  rev?: string;
  period?: string;
  today?: string;
  format: 'html' | 'pdf' | 'docx' | 'md' | 'json' | 'csv';
  browser?: string;
  out?: string;
  anonymize?: boolean;
  csvSeparator: string;
}

export async function runReport(globals: GlobalOptions, options: ReportCliOptions, io: Io): Promise<number> {
  const text = REPORT_TEXT[globals.lang];
  const asked = options.period === undefined ? undefined : parsePeriod(options.period);
  if (options.period !== undefined && asked === undefined) {
    io.stderr(`${text.badPeriod(options.period, PERIOD_FORMS)}\n`);
    return EXIT_FAILURE;
  }
  const separator = options.csvSeparator;
  if (separator !== ',' && separator !== ';') {
    io.stderr(`${text.badSeparator(options.csvSeparator)}\n`);
    return EXIT_FAILURE;
  }
  const browser = options.format === 'pdf' ? browserPath(globals, options.browser, io) : undefined;
  if (typeof browser === 'number') return browser;
  const loaded = await loadWorkspaceContext(globals, options, io);
  if ('exitCode' in loaded) return loaded.exitCode;
  const ctx = loaded.context;
  // The workspace's settings.lang, read with it, speaks from here on.
  const said = REPORT_TEXT[globals.lang];
  let period = asked;
  if (period === undefined) {
    // Without --period: the quarter just ended (for 30 days), else the current one — said first.
    const chosen = defaultReportPeriod(ctx.today, ctx.ws.settings.quarters);
    period = chosen.period;
    io.stderr(`${said.defaultPeriod(chosen.period, chosen.why, ctx.today, chosen.other)}\n`);
  }
  // notes/<period>.md is read from the disk (not from a --rev revision).
  const notes = ctx.revision === undefined ? readNotes(ctx.root, period.code) : undefined;
  const built = buildReport(ctx.ws, period, ctx.today, {
    directionTitles: directionTitles(ctx.catalog),
    directionOrder: directionOrder(ctx.catalog),
    ...(notes === undefined ? {} : { notes }),
  });
  const provenance = readProvenance(ctx.root, VERSION, ctx.revision);
  const report = { ...(options.anonymize ? anonymize(built) : built), provenance };
  const fileCode = period.code.replace(/\//g, '-');
  const show = (path: string): string => displayPath(io.cwd, path);
  if (options.format === 'csv') {
    const tables = reportToCsv(report, { separator });
    if (options.out === undefined) {
      io.stdout(joinCsvForStdout(tables));
      return EXIT_OK;
    }
    const files = csvOutputFiles(resolve(io.cwd, options.out), tables);
    // All or none: a link in the way of the last table is found before the first is written.
    for (const { path } of files) checkWritable(writeBase(path, [ctx.root, io.cwd]), path);
    const written = files.map(({ path, text: csv }) => {
      write(path, csv, [ctx.root, io.cwd]);
      return show(path);
    });
    io.stderr(`${said.written(written.join(', '))}\n`);
    return EXIT_OK;
  }
  if (options.format === 'docx') {
    const path = options.out === undefined ? join(outDirOf(ctx.root, io.cwd, undefined), `report-${fileCode}.docx`) : resolve(io.cwd, options.out);
    checkWritable(writeBase(path, [ctx.root, io.cwd]), path);
    // Word's library and the chart renderer are loaded only for Word documents.
    const [{ buildReportDocx }, { drawChart }, { packDocx }] = await Promise.all([
      import('../report/report-docx.js'),
      import('./chart-picture.js'),
      import('./docx-files.js'),
    ]);
    write(path, await packDocx(buildReportDocx(buildReportView(report), drawChart)), [ctx.root, io.cwd]);
    io.stderr(`${said.written(show(path))}\n`);
    return EXIT_OK;
  }
  if (browser !== undefined) {
    const path = options.out === undefined ? join(outDirOf(ctx.root, io.cwd, undefined), `report-${fileCode}.pdf`) : resolve(io.cwd, options.out);
    checkWritable(writeBase(path, [ctx.root, io.cwd]), path);
    const html = renderReport(report, 'html', { workspaceRoot: ctx.root });
    write(path, await withPdfPrinter(browser, (printer) => printer.print(html)), [ctx.root, io.cwd]);
    io.stderr(`${said.written(show(path))}\n`);
    return EXIT_OK;
  }
  const output =
    options.format === 'json' ? toJson(report) : renderReport(report, options.format === 'md' ? 'md' : 'html', { workspaceRoot: ctx.root });
  const out = options.out ?? (options.format === 'html' ? join(outDirOf(ctx.root, io.cwd, undefined), `report-${fileCode}.html`) : undefined);
  if (out === undefined) {
    io.stdout(output);
    return EXIT_OK;
  }
  const path = resolve(io.cwd, out);
  write(path, output, [ctx.root, io.cwd]);
  io.stderr(`${said.written(show(path))}\n`);
  return EXIT_OK;
}

/**
 * A report is the tool's output, made anew on every run: an older one of the same name is
 * replaced, but never through a symbolic link (the folders from the workspace or the current
 * folder down are checked too).
 */
function write(path: string, text: string | Uint8Array, roots: readonly string[]): void {
  replaceFileAtomic(path, text, { base: writeBase(path, roots) });
}
