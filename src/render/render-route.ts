// Render stage: the printable ИОМ педагога of one route, as HTML (for print) and Markdown (Word: route-docx.ts).

import type { RouteRecord } from '../model/types.js';
import type { Loaded, Workspace } from '../model/workspace.js';
import { renderTemplate, type RenderTemplateOptions } from './handlebars.js';
import { buildRouteView } from './route-view.js';
import { provenanceLine, type Provenance } from '../model/provenance.js';

export const ROUTE_TEMPLATES = { html: 'route.html.hbs', md: 'route.md.hbs' } as const;

/** Throws TemplateError when a template (a workspace's own, most likely) is broken. */
export function renderRoute(
  ws: Workspace,
  route: Loaded<RouteRecord>,
  directionTitles: ReadonlyMap<string, string>,
  options: RenderTemplateOptions & { provenance?: Provenance } = {},
): { html: string; md: string } {
  const view = { ...buildRouteView(ws, route, directionTitles), provenance: options.provenance ? provenanceLine(options.provenance) : '' };
  return {
    html: renderTemplate(ROUTE_TEMPLATES.html, view, options),
    md: renderTemplate(ROUTE_TEMPLATES.md, view, options),
  };
}
