// Report stage (formats): the printed report, as HTML (for print) or Markdown, from its templates.

import { renderTemplate, type RenderTemplateOptions } from '../render/handlebars.js';
import { buildReportView } from './report-view.js';
import type { Report } from './types.js';

export const REPORT_TEMPLATES = { html: 'report.html.hbs', md: 'report.md.hbs' } as const;

export type ReportDocumentFormat = keyof typeof REPORT_TEMPLATES;

/**
 * Renders the report with the built-in template, or the workspace's own `templates/report.*.hbs`
 * when `workspaceRoot` has one. Throws TemplateError when a template is broken.
 */
export function renderReport(report: Report, format: ReportDocumentFormat, options: RenderTemplateOptions = {}): string {
  return renderTemplate(REPORT_TEMPLATES[format], buildReportView(report), options);
}
