// Plan stage: read the built-in catalog shipped in templates/catalog/ (checked by its schema).

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BUILTIN_DIRECTIONS, type CatalogRecord } from '../model/types.js';
import { packageRoot } from '../paths.js';
import { checkText } from '../validate/check-file.js';
import { loadYamlParse } from '../load/parse-record.js';

/** The nine built-in directions in their fixed order (the record format's order). */
export async function loadBuiltinCatalog(dir = join(packageRoot(), 'templates', 'catalog')): Promise<CatalogRecord[]> {
  const withYaml = await loadYamlParse();
  const records: CatalogRecord[] = [];
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.yaml'))) {
    const rel = `templates/catalog/${name}`;
    const result = checkText({ rel, kind: 'catalog', stem: name.slice(0, -5) }, readFileSync(join(dir, name), 'utf8'), withYaml);
    // The built-in catalog is part of the tool: a broken one is the tool's bug, not user data.
    if (!('record' in result) || result.record === undefined || result.problems.length > 0) {
      throw new Error(`the built-in catalog file ${rel} is broken`);
    }
    records.push(result.record.value as CatalogRecord);
  }
  return records.sort((a, b) => order(a.direction) - order(b.direction));
}

function order(direction: string): number {
  const i = (BUILTIN_DIRECTIONS as readonly string[]).indexOf(direction);
  return i < 0 ? BUILTIN_DIRECTIONS.length : i;
}
