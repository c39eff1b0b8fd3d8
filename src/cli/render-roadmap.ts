// CLI: `mentor render roadmap [--year]` — the programme's дорожная карта as a document to print.

import { join, resolve } from 'node:path';
import { yearFolderName } from '../model/dates.js';
import { readProvenance } from '../load/provenance.js';
import { REPORT_TEXT } from '../messages/report.js';
import { renderRoadmap } from '../render/render-roadmap.js';
import { loadWorkspaceContext } from './context.js';
import { displayPath } from './display-path.js';
import { EXIT_OK, type Io } from './io.js';
import type { GlobalOptions } from './main.js';
import { writeBase } from './safe-folder.js';
import { VERSION } from './version.js';
import { replaceFileAtomic } from './write-file.js';

export async function runRenderRoadmap(
  globals: GlobalOptions,
  options: { year?: string; today?: string; out: string; rev?: string },
  io: Io,
): Promise<number> {
  const ctx = await loadWorkspaceContext(globals, options, io);
  if (typeof ctx === 'number') return ctx;
  const provenance = readProvenance(ctx.root, VERSION, ctx.revision);
  const { html, md } = renderRoadmap(ctx.ws, ctx.year, { workspaceRoot: ctx.root, provenance });
  const outDir = resolve(io.cwd, options.out);
  const base = writeBase(outDir, [ctx.root, io.cwd]);
  const written: string[] = [];
  for (const [ext, text] of [['html', html], ['md', md]] as const) {
    const path = join(outDir, `roadmap-${yearFolderName(ctx.year)}.${ext}`);
    replaceFileAtomic(path, text, { base });
    written.push(displayPath(io.cwd, path));
  }
  io.stdout(`${REPORT_TEXT[globals.lang].roadmapWritten(written.join(', '))}\n`);
  return EXIT_OK;
}
