// Edit stage: add a meeting of the pair to the route's journal (`meetings:`), in the journal's style.

import { flowMapping, YamlEdit } from '../load/yaml-edit.js';
import type { IsoDate } from '../model/types.js';
import type { EditResult } from './edit-result.js';

export interface NewMeeting {
  date: IsoDate;
  topic: string;
  minutes: number;
  form?: string;
  recommendations?: string;
}

/** The journal keeps its order by date: the meeting is appended, and the journal is created if missing. */
export function addMeeting(text: string, meeting: NewMeeting): EditResult {
  const edit = new YamlEdit(text);
  const alias = edit.firstAlias();
  if (alias !== undefined) return { error: { kind: 'alias', ...alias } };
  const entry: Record<string, unknown> = { date: meeting.date, topic: meeting.topic, minutes: meeting.minutes };
  if (meeting.form !== undefined) entry['form'] = meeting.form;
  if (meeting.recommendations !== undefined) entry['recommendations'] = meeting.recommendations;
  if (edit.node(['meetings']) === undefined) return { text: appendKey(text, 'meetings', [entry]) };
  edit.appendToSeq(['meetings'], [entry]);
  return { text: edit.toString() };
}

/** A new top-level key at the end of the file, as a block sequence of flow mappings. */
export function appendKey(text: string, key: string, entries: readonly Record<string, unknown>[]): string {
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const body = entries.map((entry) => `  - ${flowMapping(entry)}`).join(eol);
  const start = text === '' || text.endsWith('\n') ? text : `${text}${eol}`;
  return `${start}${key}:${eol}${body}${eol}`;
}
