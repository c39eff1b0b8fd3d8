// CLI: write the printable documents of routes (HTML and Markdown) into the output folder.

import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { displayPath } from './display-path.js';
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

/**
 * Documents are the tool's output, made anew from the records on every run, so an older one of
 * the same name is replaced.
 */
export function renderRouteFiles(
  ws: Workspace,
  routes: readonly Loaded<RouteRecord>[],
  catalog: Catalog,
  root: string,
  outDir: string,
  cwd: string = process.cwd(),
  provenance?: Provenance,
): WrittenDocument[] {
  mkdirSync(outDir, { recursive: true });
  const titles = directionTitles(catalog);
  const written: WrittenDocument[] = [];
  for (const route of routes) {
    const { html, md } = renderRoute(ws, route, titles, { workspaceRoot: root, ...(provenance ? { provenance } : {}) });
    const base = `route-${route.value.teacher}-${yearFolderName(route.value.year)}`;
    for (const [ext, text] of [['html', html], ['md', md]] as const) {
      const path = join(outDir, `${base}.${ext}`);
      writeFileSync(path, text);
      written.push({ path, display: displayPath(cwd, path) });
    }
  }
  return written;
}
