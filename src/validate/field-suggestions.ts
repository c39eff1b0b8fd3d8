// Validate stage: "did you mean" for unknown fields — the nearest field the schema allows there.

import { recordKindOf } from '../load/list-records.js';
import type { Problem } from '../model/problem.js';

type SchemaNode = { properties?: Record<string, unknown>; $id?: string } & Record<string, unknown>;

/**
 * Fills `suggestion` on every schema-unknown-field problem. The schemas and the suggester are
 * imported only when there is such a problem, so a clean run never loads them.
 */
export async function addFieldSuggestions(problems: readonly Problem[]): Promise<void> {
  const unknown = problems.filter((found) => found.rule === 'schema-unknown-field');
  if (unknown.length === 0) return;
  const [{ SCHEMAS }, { makeSuggester }] = await Promise.all([import('./schema-sources.js'), import('../model/did-you-mean.js')]);
  // One suggester per place in a schema: a file may have thousands of unknown fields at one place.
  const suggesters = new Map<string, (field: string) => string>();
  for (const found of unknown) {
    const schemaPath = String(found.params['schemaPath'] ?? '');
    const kind = recordKindOf(found.file);
    let suggest = suggesters.get(`${kind}\u0000${schemaPath}`);
    if (suggest === undefined) {
      const node = kind === undefined ? undefined : resolveSchemaPath(SCHEMAS[kind], schemaPath);
      suggest = makeSuggester(Object.keys(node?.properties ?? {}));
      suggesters.set(`${kind}\u0000${schemaPath}`, suggest);
    }
    found.params['suggestion'] = suggest(String(found.params['field']));
    delete found.params['schemaPath'];
  }
}


/** `#/properties/pairs/items/additionalProperties` → the object schema that owns it. */
function resolveSchemaPath(schema: SchemaNode, schemaPath: string): SchemaNode | undefined {
  const parts = schemaPath.replace(/^#\/?/, '').split('/').slice(0, -1);
  let node: unknown = schema;
  for (const part of parts) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[part.replace(/~1/g, '/').replace(/~0/g, '~')];
  }
  return node as SchemaNode | undefined;
}
