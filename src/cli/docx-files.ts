// CLI: write Word documents — the route documents of several mentees as .docx, packed by docx.

import { Packer, type Document } from 'docx';
import type { RouteRecord } from '../model/types.js';
import type { Loaded, Workspace } from '../model/workspace.js';
import type { Provenance } from '../model/provenance.js';
import { directionTitles, type Catalog } from '../plan/catalog.js';
import { renderRouteDocx } from '../render/route-docx.js';
import { writeRouteDocuments, type WrittenDocument } from './render-files.js';

/** The .docx file of a document: a zip of its XML parts. */
export async function packDocx(doc: Document): Promise<Buffer> {
  return Packer.toBuffer(doc);
}

/** Each route as `route-<teacher>-<year>.docx` in the output folder; an older one is replaced. */
export async function writeRouteDocxFiles(
  ws: Workspace,
  routes: readonly Loaded<RouteRecord>[],
  catalog: Catalog,
  root: string,
  outDir: string,
  cwd: string,
  provenance?: Provenance,
): Promise<WrittenDocument[]> {
  const titles = directionTitles(catalog);
  const contents: Buffer[][] = [];
  for (const route of routes) contents.push([await packDocx(renderRouteDocx(ws, route, titles, provenance ? { provenance } : {}))]);
  return writeRouteDocuments(routes, ['docx'], contents, root, outDir, cwd);
}
