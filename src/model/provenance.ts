// Model: where a document comes from — the commit of its records, the tool and the day.

import { formatDateShort } from './russian.js';

export interface Provenance {
  /** False outside a git repository: then commit and dirty are null. */
  in_repository: boolean;
  /** Short hash of the commit the records were read at (HEAD, or the --rev revision). */
  commit: string | null;
  /** True when the records had uncommitted changes (never with --rev). */
  dirty: boolean | null;
  /** When the document was made: an ISO date-time. */
  generated: string;
  tool: string;
  tool_version: string;
}

/**
 * One Russian line for the foot of a document to be signed, in a заведующий's words: «Сформировано
 * 06.04.2026, mentor 0.2.0, версия данных 3f2a1c9». The git details stay in the JSON.
 */
export function provenanceLine(p: Provenance): string {
  const date = formatDateShort(p.generated.slice(0, 10));
  const version = p.commit === null ? '' : `, версия данных ${p.commit}${p.dirty ? ' (с последующими правками)' : ''}`;
  return `Сформировано ${date}, ${p.tool} ${p.tool_version}${version}`;
}
