// Report stage (formats): the report as JSON — the shape of types.ts (version "1.1"), nothing added.

import type { Report } from './types.js';

/** Two-space indented JSON with a final newline; the object as built, nothing added or dropped. */
export function toJson(report: Report): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}
