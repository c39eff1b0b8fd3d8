// CLI: write Word documents — the route documents of several mentees as .docx, packed by docx.

import { Packer, type Document } from 'docx';
import { directionTitles } from '../plan/catalog.js';
import { renderRouteDocx } from '../render/route-docx.js';
import { writeRouteDocuments, type RouteDocumentsJob, type WrittenDocument } from './render-files.js';

/** The .docx file of a document: a zip of its XML parts. */
export async function packDocx(doc: Document): Promise<Buffer> {
  return Packer.toBuffer(doc);
}

/** Each route as `route-<teacher>-<year>.docx` in the output folder; an older one is replaced. */
export async function writeRouteDocxFiles(job: RouteDocumentsJob): Promise<WrittenDocument[]> {
  const { ws, provenance } = job;
  const titles = directionTitles(job.catalog);
  const contents: Buffer[][] = [];
  for (const route of job.routes) contents.push([await packDocx(renderRouteDocx(ws, route, titles, provenance ? { provenance } : {}))]);
  return writeRouteDocuments(job, ['docx'], contents);
}
