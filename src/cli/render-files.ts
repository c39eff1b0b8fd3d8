// CLI: write the printable documents of routes (HTML and Markdown, or PDF) into the output folder.

import { join } from 'node:path';
import { displayPath } from './display-path.js';
import type { PdfPrinter } from './pdf-printer.js';
import { checkWritable, writeBase } from './safe-folder.js';
import { replaceFileAtomic } from './write-file.js';
import type { RouteRecord } from '../model/types.js';
import type { Loaded, Workspace } from '../model/workspace.js';
import { directionTitles, type Catalog } from '../plan/catalog.js';
import { renderRoute } from '../render/render-route.js';
import { yearFolderName } from '../model/dates.js';
import type { Provenance } from '../model/provenance.js';

export interface WrittenDocument {
  path: string;
  /** How to show the path: relative to the current folder when inside it. */
  display: string;
}

/** The documents of a mentee's route for a year, in the output folder: HTML and Markdown, or PDF. */
export function routeDocumentPaths(outDir: string, teacher: string, year: string, extensions: readonly string[] = ['html', 'md']): string[] {
  const base = `route-${teacher}-${yearFolderName(year)}`;
  return extensions.map((ext) => join(outDir, `${base}.${ext}`));
}

/**
 * Throws WriteRefused when the documents of these mentees could not be written to `outDir` (a
 * link on the way, `--out` naming a file): checked before a run writes any record.
 */
export function checkRouteDocuments(
  teachers: readonly string[],
  year: string,
  root: string,
  outDir: string,
  cwd: string,
  extensions: readonly string[] = ['html', 'md'],
): void {
  const base = writeBase(outDir, [root, cwd]);
  for (const teacher of teachers) for (const path of routeDocumentPaths(outDir, teacher, year, extensions)) checkWritable(base, path);
}

/**
 * Documents are the tool's output, made anew from the records on every run, so an older one of
 * the same name is replaced — but never through a symbolic link.
 */
export function renderRouteFiles(
  ws: Workspace,
  routes: readonly Loaded<RouteRecord>[],
  catalog: Catalog,
  root: string,
  outDir: string,
  cwd: string,
  provenance?: Provenance,
): WrittenDocument[] {
  const titles = directionTitles(catalog);
  const contents = routes.map((route) => {
    const { html, md } = renderRoute(ws, route, titles, { workspaceRoot: root, ...(provenance ? { provenance } : {}) });
    return [html, md];
  });
  return writeRouteDocuments(routes, ['html', 'md'], contents, root, outDir, cwd);
}

/**
 * Writes each route's documents — `contents[i][k]` as extension `extensions[k]` of `routes[i]` —
 * into the output folder, replacing an older one of the same name, never through a link.
 */
export function writeRouteDocuments(
  routes: readonly Loaded<RouteRecord>[],
  extensions: readonly string[],
  contents: readonly (readonly (string | Uint8Array)[])[],
  root: string,
  outDir: string,
  cwd: string,
): WrittenDocument[] {
  const base = writeBase(outDir, [root, cwd]);
  return routes.flatMap((route, i) =>
    routeDocumentPaths(outDir, route.value.teacher, route.value.year, extensions).map((path, k) => {
      replaceFileAtomic(path, contents[i]![k]!, { base });
      return { path, display: displayPath(cwd, path) };
    }),
  );
}

/** The route documents as PDF, printed by one browser for all of them. */
export async function printRouteFiles(
  ws: Workspace,
  routes: readonly Loaded<RouteRecord>[],
  catalog: Catalog,
  root: string,
  outDir: string,
  cwd: string,
  printer: PdfPrinter,
  provenance?: Provenance,
): Promise<WrittenDocument[]> {
  const titles = directionTitles(catalog);
  const htmls = routes.map((route) => renderRoute(ws, route, titles, { workspaceRoot: root, ...(provenance ? { provenance } : {}) }).html);
  const pdfs = await printer.printAll(htmls);
  return writeRouteDocuments(routes, ['pdf'], pdfs.map((pdf) => [pdf]), root, outDir, cwd);
}
