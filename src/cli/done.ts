// CLI: `mentor done TEACHER ITEM` — mark an item of the year's route done, on a day, with evidence.

import { changeItem } from '../edit/change-item.js';
import { EDIT_TEXT } from '../messages/edit.js';
import { formatDateShort } from '../model/russian.js';
import { UI } from '../messages/ui.js';
import { isDateInRange } from '../model/dates.js';
import { applyRecordEdit, readRecordText, reportEditError } from './edit-record.js';
import { findRoute, startEdit } from './edit-target.js';
import { EXIT_FAILURE, type Io } from './io.js';
import type { GlobalOptions } from './global-options.js';

export interface DoneCliOptions {
  on?: string;
  evidence?: string;
  year?: string;
  today?: string;
  dryRun?: boolean;
}

export async function runDone(globals: GlobalOptions, teacher: string, itemId: string, options: DoneCliOptions, io: Io): Promise<number> {
  const start = await startEdit(globals, options, io);
  if (typeof start === 'number') return start;
  const on = options.on ?? start.today;
  if (!isDateInRange(on)) {
    io.stderr(`${UI[globals.lang].badDate(on)}\n`);
    return EXIT_FAILURE;
  }
  const found = findRoute(start, teacher, globals, io);
  if (typeof found === 'number') return found;
  const oldText = readRecordText(start.root, found.file.rel) ?? '';
  const change = { status: 'done' as const, on, ...(options.evidence === undefined ? {} : { evidence: options.evidence }) };
  const edited = changeItem(oldText, found.route.value, itemId, change);
  if ('error' in edited) return reportEditError(edited.error, found.file.rel, globals, io);
  const title = found.route.value.items.find((item) => item.id === itemId)?.title ?? itemId;
  const done = EDIT_TEXT[globals.lang].markedDone(title, globals.lang === 'ru' ? formatDateShort(on) : on, found.file.rel);
  return applyRecordEdit({ root: start.root, file: found.file, oldText, newText: edited.text, done }, start.before, { today: start.today, ...(options.dryRun ? { dryRun: true } : {}) }, globals, io);
}
