// Render stage: where a template's text comes from — the workspace's templates/ over the built-ins.
// The only reading of files in render/: templates are part of the program, and a workspace may
// replace any of them, so a render must look at both folders.

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../paths.js';
import { TemplateError } from './template-error.js';

export interface TemplateSource {
  /** `route.html.hbs`, or the partial's name (`route-style`). */
  name: string;
  /** How errors name the file: `templates/…` inside the workspace, an absolute path for built-ins. */
  display: string;
  text: string;
}

const PARTIALS = 'partials';
const SAFE_NAME = /^[a-z0-9][a-z0-9._-]*$/i;

function builtinDir(): string {
  return join(packageRoot(), 'templates');
}

/** The template `name`: the workspace's `templates/<name>` when it has one, else the built-in. */
export function findTemplate(name: string, workspaceRoot?: string): TemplateSource {
  if (!SAFE_NAME.test(name)) throw new TemplateError(name, null, null, 'not-found', name, 'not a template name');
  if (workspaceRoot !== undefined) {
    const own = join(workspaceRoot, 'templates', name);
    if (existsSync(own)) return { name, display: `templates/${name}`, text: readFileSync(own, 'utf8') };
  }
  const builtin = join(builtinDir(), name);
  if (!existsSync(builtin)) throw new TemplateError(name, null, null, 'not-found', name, 'no such template');
  return { name, display: builtin, text: readFileSync(builtin, 'utf8') };
}

/** Every partial (`templates/partials/<name>.hbs`), the workspace's replacing built-ins of its name. */
export function findPartials(workspaceRoot?: string): TemplateSource[] {
  const found = new Map<string, TemplateSource>();
  const folders: [string, (file: string) => string][] = [[join(builtinDir(), PARTIALS), (f) => f]];
  if (workspaceRoot !== undefined) {
    folders.push([join(workspaceRoot, 'templates', PARTIALS), (f) => `templates/${PARTIALS}/${f.split(/[\\/]/).pop()}`]);
  }
  for (const [folder, display] of folders) {
    if (!existsSync(folder)) continue;
    for (const file of readdirSync(folder).filter((f) => f.endsWith('.hbs')).sort()) {
      const name = file.slice(0, -'.hbs'.length);
      const path = join(folder, file);
      found.set(name, { name, display: display(path), text: readFileSync(path, 'utf8') });
    }
  }
  return [...found.values()];
}
