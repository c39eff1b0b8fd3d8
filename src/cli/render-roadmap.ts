// CLI: `mentor render roadmap [--year]` — the programme's дорожная карта as a document to print (HTML
// and Markdown, PDF or Word).

import { join } from 'node:path';
import { yearFolderName } from '../model/dates.js';
import { readProvenance } from '../load/provenance.js';
import { REPORT_TEXT } from '../messages/report.js';
import { renderRoadmap } from '../render/render-roadmap.js';
import { loadWorkspaceContext } from './context.js';
import { displayPath } from './display-path.js';
import { EXIT_OK, type Io } from './io.js';
import type { GlobalOptions } from './global-options.js';
import type { DocumentCliOptions } from './shared-options.js';
import { browserPath } from './browser-path.js';
import { outDirOf } from './out-dir.js';
import { withPdfPrinter } from './pdf-printer.js';
import { checkWritable, writeBase } from './safe-folder.js';
import { VERSION } from './version.js';
import { replaceFileAtomic } from './write-file.js';

export type RoadmapCliOptions = DocumentCliOptions;

export async function runRenderRoadmap(globals: GlobalOptions, options: RoadmapCliOptions, io: Io): Promise<number> {
  const browser = options.format === 'pdf' ? browserPath(globals, options.browser, io) : undefined;
  if (typeof browser === 'number') return browser;
  const loaded = await loadWorkspaceContext(globals, options, io);
  if ('exitCode' in loaded) return loaded.exitCode;
  const ctx = loaded.context;
  const provenance = readProvenance(ctx.root, VERSION, ctx.revision);
  const outDir = outDirOf(ctx.root, io.cwd, options.out);
  const base = writeBase(outDir, [ctx.root, io.cwd]);
  const name = (ext: string): string => join(outDir, `roadmap-${yearFolderName(ctx.year)}.${ext}`);
  const files: [string, string | Uint8Array][] = [];
  if (options.format === 'docx') {
    const [{ renderRoadmapDocx }, { packDocx }] = await Promise.all([import('../render/roadmap-docx.js'), import('./docx-files.js')]);
    files.push([name('docx'), await packDocx(renderRoadmapDocx(ctx.ws, ctx.year, { provenance }))]);
  } else {
    const { html, md } = renderRoadmap(ctx.ws, ctx.year, { workspaceRoot: ctx.root, provenance });
    if (browser === undefined) files.push([name('html'), html], [name('md'), md]);
    else {
      checkWritable(base, name('pdf'));
      files.push([name('pdf'), await withPdfPrinter(browser, (printer) => printer.print(html))]);
    }
  }
  const written: string[] = [];
  for (const [path, content] of files) {
    replaceFileAtomic(path, content, { base });
    written.push(displayPath(io.cwd, path));
  }
  io.stdout(`${REPORT_TEXT[globals.lang].roadmapWritten(written.join(', '))}\n`);
  return EXIT_OK;
}
