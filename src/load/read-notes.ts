// Load stage: notes/<period>.md, the methodist's conclusions for exactly one reporting period.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The text of `notes/<code>.md` (`2026Q1`, `2025-2026`: the period code with «/» as «-»), or
 * undefined when there is none. A file that cannot be read counts as absent.
 */
export function readNotes(root: string, periodCode: string): string | undefined {
  try {
    return readFileSync(join(root, 'notes', `${periodCode.replace(/\//g, '-')}.md`), 'utf8');
  } catch {
    return undefined;
  }
}
