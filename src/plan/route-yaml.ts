// Plan stage: a route record as YAML text, laid out as the example's routes are.

import { Document, Scalar, isMap } from 'yaml';
import type { RouteRecord } from '../model/types.js';

/** `header` is the first line, e.g. the yaml-language-server schema hint, or ''. */
export function routeToYaml(route: RouteRecord, header: string): string {
  const doc = new Document(route);
  const period = doc.get('period', true);
  if (isMap(period)) period.flow = true;
  const deficits = doc.get('deficits', true) as { flow?: boolean } | undefined;
  if (deficits) deficits.flow = true;
  // records.md quotes academic years; "2025/2026" reads as text either way, but people copy files.
  const year = doc.get('year', true);
  if (year instanceof Scalar) year.type = Scalar.QUOTE_DOUBLE;
  // As records.md writes them: `{ start: …, end: … }` but `[a, b]`.
  const body = doc.toString({ lineWidth: 0 }).replace(/^deficits: \[ (.*) \]$/m, 'deficits: [$1]');
  return header === '' ? body : `${header}\n${body}`;
}
