// CLI: `mentor render route ID…` — the documents of existing routes.

import { outDirOf } from './out-dir.js';
import { makeSuggester } from '../model/did-you-mean.js';
import { PLAN_TEXT } from '../messages/plan.js';
import { EXIT_OK, EXIT_PROBLEMS, type Io } from './io.js';
import type { GlobalOptions } from './global-options.js';
import type { DocumentCliOptions } from './shared-options.js';
import { readProvenance } from '../load/provenance.js';
import { loadWorkspaceContext } from './context.js';
import { VERSION } from './version.js';
import { browserPath } from './browser-path.js';
import { withPdfPrinter } from './pdf-printer.js';
import { checkRouteDocuments, printRouteFiles, renderRouteFiles } from './render-files.js';

export type RenderCliOptions = DocumentCliOptions;

export async function runRenderRoutes(
  globals: GlobalOptions,
  ids: readonly string[],
  options: RenderCliOptions,
  io: Io,
): Promise<number> {
  const browser = options.format === 'pdf' ? browserPath(globals, options.browser, io) : undefined;
  if (typeof browser === 'number') return browser;
  const loaded = await loadWorkspaceContext(globals, options, io);
  if ('exitCode' in loaded) return loaded.exitCode;
  const ctx = loaded.context;
  // No ids: every route of the year.
  const routes = ctx.ws.routes.filter((r) => r.value.year === ctx.year && (ids.length === 0 || ids.includes(r.value.teacher)));
  const missing = ids.filter((id) => !routes.some((r) => r.value.teacher === id));
  // A mistyped id gets the nearest mentees with a route of the year.
  const suggest = makeSuggester(ctx.ws.routes.filter((r) => r.value.year === ctx.year).map((r) => r.value.teacher));
  for (const id of missing) io.stderr(`${PLAN_TEXT[globals.lang].noRoute(id, ctx.year, suggest(id))}\n`);
  if (routes.length > 0) {
    const provenance = readProvenance(ctx.root, VERSION, ctx.revision);
    const outDir = outDirOf(ctx.root, io.cwd, options.out);
    const job = { ws: ctx.ws, routes, catalog: ctx.catalog, root: ctx.root, outDir, cwd: io.cwd, provenance };
    let documents;
    if (options.format === 'docx') {
      checkRouteDocuments(routes.map((r) => r.value.teacher), ctx.year, ctx.root, outDir, io.cwd, ['docx']);
      // Word's library is loaded only for Word documents.
      const { writeRouteDocxFiles } = await import('./docx-files.js');
      documents = await writeRouteDocxFiles(job);
    } else if (browser === undefined) {
      documents = renderRouteFiles(job);
    } else {
      // A link in the way is found before the browser starts.
      checkRouteDocuments(routes.map((r) => r.value.teacher), ctx.year, ctx.root, outDir, io.cwd, ['pdf']);
      documents = await withPdfPrinter(browser, (printer) => printRouteFiles(job, printer));
    }
    io.stdout(`${PLAN_TEXT[globals.lang].documents(documents.map((d) => d.display).join(', '))}\n`);
  }
  return missing.length > 0 ? EXIT_PROBLEMS : EXIT_OK;
}
