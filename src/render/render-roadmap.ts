// Render stage: the printable дорожная карта of a year, as HTML (for print) and Markdown.

import { provenanceLine, type Provenance } from '../model/provenance.js';
import type { Workspace } from '../model/workspace.js';
import { renderTemplate, type RenderTemplateOptions } from './handlebars.js';
import { buildRoadmapView } from './roadmap-view.js';

export const ROADMAP_TEMPLATES = { html: 'roadmap.html.hbs', md: 'roadmap.md.hbs' } as const;

/** The roadmap of `year` («2025/2026») from events/<year>.yaml; an empty table without one. */
export function renderRoadmap(
  ws: Workspace,
  year: string,
  options: RenderTemplateOptions & { provenance?: Provenance } = {},
): { html: string; md: string } {
  const record = ws.events.find((e) => e.value.year === year)?.value;
  const view = { ...buildRoadmapView(ws, record, year), provenance: options.provenance ? provenanceLine(options.provenance) : '' };
  return { html: renderTemplate(ROADMAP_TEMPLATES.html, view, options), md: renderTemplate(ROADMAP_TEMPLATES.md, view, options) };
}
