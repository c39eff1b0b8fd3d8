// CLI: write Word documents — the route documents of several mentees as .docx, packed by docx.

import { Packer, type Document } from 'docx';
import type { RouteRecord } from '../model/types.js';
import type { Loaded, Workspace } from '../model/workspace.js';
import type { Provenance } from '../model/provenance.js';
import { directionTitles, type Catalog } from '../plan/catalog.js';
import { renderRouteDocx } from '../render/route-docx.js';
import { displayPath } from './display-path.js';
import { routeDocumentPaths, type WrittenDocument } from './render-files.js';
import { writeBase } from './safe-folder.js';
import { replaceFileAtomic } from './write-file.js';

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
  const base = writeBase(outDir, [root, cwd]);
  const titles = directionTitles(catalog);
  const written: WrittenDocument[] = [];
  for (const route of routes) {
    const bytes = await packDocx(renderRouteDocx(ws, route, titles, provenance ? { provenance } : {}));
    const [path] = routeDocumentPaths(outDir, route.value.teacher, route.value.year, ['docx']) as [string];
    replaceFileAtomic(path, bytes, { base });
    written.push({ path, display: displayPath(cwd, path) });
  }
  return written;
}
