// Render stage: where a template's text comes from — the workspace's templates/ over the built-ins.
// The only reading of files in render/: templates are part of the program, and a workspace may
// replace any of them, so a render must look at both folders.

import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { readFileWithin } from '../load/read-within.js';
import { packageRoot } from '../paths.js';
import { fileProblem } from '../model/problem.js';
import { TemplateError } from './template-error.js';

export interface TemplateSource {
  /** `route.html.hbs`, or the partial's name (`route-style`). */
  name: string;
  /** How errors name the file: `templates/…` inside the workspace, an absolute path for built-ins. */
  display: string;
  text: string;
}

const PARTIALS = 'partials';
/** A template is a few kilobytes; the same bound as a record file. */
const MAX_TEMPLATE_BYTES = 5 * 1024 * 1024;
const SAFE_NAME = /^[a-z0-9][a-z0-9._-]*$/i;

function builtinDir(): string {
  return join(packageRoot(), 'templates');
}

/** The template `name`: the workspace's `templates/<name>` when it has one, else the built-in. */
export function findTemplate(name: string, workspaceRoot?: string): TemplateSource {
  if (!SAFE_NAME.test(name)) throw new TemplateError(name, null, null, 'not-found', name, 'not a template name');
  if (workspaceRoot !== undefined) {
    const own = join(workspaceRoot, 'templates', name);
    if (existsSync(own)) return { name, display: `templates/${name}`, text: readTemplate(own, `templates/${name}`, workspaceRoot) };
  }
  const builtin = join(builtinDir(), name);
  if (!existsSync(builtin)) throw new TemplateError(name, null, null, 'not-found', name, 'no such template');
  return { name, display: builtin, text: readTemplate(builtin, builtin, builtinDir()) };
}

/** Every partial (`templates/partials/<name>.hbs`), the workspace's replacing built-ins of its name. */
export function findPartials(workspaceRoot?: string): TemplateSource[] {
  const found = new Map<string, TemplateSource>();
  const folders: [string, (file: string) => string, string][] = [[join(builtinDir(), PARTIALS), (f) => f, builtinDir()]];
  if (workspaceRoot !== undefined) {
    folders.push([join(workspaceRoot, 'templates', PARTIALS), (f) => `templates/${PARTIALS}/${f.split(/[\\/]/).pop()}`, workspaceRoot]);
  }
  for (const [folder, display, bound] of folders) {
    if (!existsSync(folder)) continue;
    for (const file of readdirSync(folder).filter((f) => f.endsWith('.hbs')).sort()) {
      const name = file.slice(0, -'.hbs'.length);
      const path = join(folder, file);
      found.set(name, { name, display: display(path), text: readTemplate(path, display(path), bound) });
    }
  }
  return [...found.values()];
}

/**
 * A template's text, read only when it stays inside `bound` (the workspace for its own templates,
 * the built-in folder for the program's) and is a regular file: never a link to a secret.
 */
function readTemplate(path: string, display: string, bound: string): string {
  const read = readFileWithin(path, bound, MAX_TEMPLATE_BYTES);
  if ('bytes' in read) return read.bytes.toString('utf8');
  const refusal = fileProblem(read.refusal.rule, display, read.refusal.params);
  throw new TemplateError(display, null, null, 'refused', null, `${read.refusal.rule}: not read`, refusal);
}
