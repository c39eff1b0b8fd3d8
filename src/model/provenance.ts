// Model: where a document comes from — the commit of its records, the tool and the day.

import { formatDateLong } from './russian-dates.js';

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

/** One Russian line for the foot of a document. */
export function provenanceLine(p: Provenance): string {
  const date = formatDateLong(p.generated.slice(0, 10));
  const source = !p.in_repository
    ? 'записи не в репозитории git'
    : p.commit === null
      ? 'в репозитории ещё нет коммитов'
      : `по записям коммита ${p.commit}${p.dirty ? ' с незафиксированными изменениями' : ''}`;
  return `Сформировано ${date} программой ${p.tool} ${p.tool_version}, ${source}`;
}
