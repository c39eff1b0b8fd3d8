// CLI: `mentor meeting TEACHER` — write a meeting of the pair into the journal of the year's route.

import { addMeeting, type NewMeeting } from '../edit/add-meeting.js';
import { EDIT_TEXT } from '../messages/edit.js';
import { UI } from '../messages/ui.js';
import { isDateInRange } from '../model/dates.js';
import { formatDateShort } from '../model/russian.js';
import { applyRecordEdit, readRecordText, reportEditError } from './edit-record.js';
import { findRoute, startEdit } from './edit-target.js';
import { EXIT_FAILURE, type Io } from './io.js';
import type { GlobalOptions } from './global-options.js';

export interface MeetingCliOptions {
  date: string;
  topic: string;
  minutes: string;
  form?: string;
  recommendations?: string;
  year?: string;
  today?: string;
  dryRun?: boolean;
}

export async function runMeeting(globals: GlobalOptions, teacher: string, options: MeetingCliOptions, io: Io): Promise<number> {
  if (!isDateInRange(options.date)) {
    io.stderr(`${UI[globals.lang].badDate(options.date)}\n`);
    return EXIT_FAILURE;
  }
  const minutes = Number(options.minutes);
  if (!/^\d+$/.test(options.minutes) || minutes < 1) {
    io.stderr(`${EDIT_TEXT[globals.lang].badMinutes(options.minutes)}\n`);
    return EXIT_FAILURE;
  }
  const start = await startEdit(globals, options, io);
  if (typeof start === 'number') return start;
  const found = findRoute(start, teacher, globals, io);
  if (typeof found === 'number') return found;
  const oldText = readRecordText(start.root, found.file.rel) ?? '';
  const meeting: NewMeeting = { date: options.date, topic: options.topic, minutes };
  if (options.form !== undefined) meeting.form = options.form;
  if (options.recommendations !== undefined) meeting.recommendations = options.recommendations;
  const edited = addMeeting(oldText, meeting);
  if ('error' in edited) return reportEditError(edited.error, found.file.rel, globals, io);
  const done = EDIT_TEXT[globals.lang].meetingAdded(globals.lang === 'ru' ? formatDateShort(options.date) : options.date, found.file.rel);
  return applyRecordEdit({ root: start.root, file: found.file, oldText, newText: edited.text, done }, start.before, { today: start.today, ...(options.dryRun ? { dryRun: true } : {}) }, globals, io);
}
