// Init: where a new workspace's files find the JSON Schemas of the installed tool.

import { posix } from 'node:path';

/** The schema of each record folder, and the files of the folder (globs from the workspace root). */
export const SCHEMA_GLOBS: readonly (readonly [schema: string, glob: string])[] = [
  ['config.schema.json', 'mentor.yaml'],
  ['teacher.schema.json', 'teachers/*.yaml'],
  ['mentor.schema.json', 'mentors/*.yaml'],
  ['diagnostics.schema.json', 'diagnostics/*/*.yaml'],
  ['route.schema.json', 'routes/*/*.yaml'],
  ['catalog.schema.json', 'catalog/*.yaml'],
];

/**
 * The path of a schema as seen from a file `depth` folders below the workspace root. `schemas` is
 * the tool's schemas/ folder relative to the root (with `/`), or absolute when no relative path
 * reaches it (another drive).
 */
export function schemaPath(schemas: string, depth: number, schema: string): string {
  if (posix.isAbsolute(schemas) || /^[A-Za-z]:\//.test(schemas)) return posix.join(schemas, schema);
  return posix.normalize(`${'../'.repeat(depth)}${schemas || '.'}/${schema}`);
}

/** The editor's hint line that opens a record file. */
export function schemaHint(schemas: string, depth: number, schema: string): string {
  return `# yaml-language-server: $schema=${schemaPath(schemas, depth, schema)}`;
}
