// History stage: the events of one record file from its versions, oldest first — the file's own
// fate (created, renamed, deleted), then what changed inside, with back-dated marks. Pure.

import { backDatedDays } from './back-dated.js';
import type { Change } from './change.js';
import { mentorChanges } from './mentor-changes.js';
import { recordPath, type RecordKind } from './record-path.js';
import { routeChanges, routeItems } from './route-changes.js';
import { teacherChanges } from './teacher-changes.js';
import type { EventKind, FileVersion, LogEntry } from './types.js';

type Differ = (before: Record<string, unknown> | undefined, after: Record<string, unknown>) => Change[];

const DIFFERS: Record<RecordKind, Differ> = { route: routeChanges, mentor: mentorChanges, teacher: teacherChanges };

const FILE_EVENTS: Partial<Record<FileVersion['change'], EventKind>> = {
  created: 'file-created',
  renamed: 'file-renamed',
  deleted: 'file-deleted',
  restored: 'file-restored',
};

export function deriveEvents(versions: readonly FileVersion[]): LogEntry[] {
  const entries: LogEntry[] = [];
  // Every done_on each item has had: a mark is checked when its date first appears.
  const marks = new Map<string, Set<string>>();
  let previous: Record<string, unknown> | undefined;
  for (const version of versions) {
    const at = { ...version.stamp, file: version.path };
    const fileEvent = FILE_EVENTS[version.change];
    if (fileEvent === 'file-renamed') entries.push({ ...at, kind: fileEvent, from: version.oldPath ?? version.path, to: version.path });
    else if (fileEvent !== undefined) entries.push({ ...at, kind: fileEvent });
    if (version.change === 'deleted') continue;
    if (version.value === undefined) {
      entries.push({ ...at, kind: 'file-unreadable' });
      continue;
    }
    const kind = recordPath(version.path)?.kind;
    const changes = kind === undefined ? [] : DIFFERS[kind](previous, version.value);
    const fresh = kind === 'route' ? freshMarks(version.value, marks) : new Map<string, string>();
    for (const change of changes) {
      entries.push({ ...at, ...change });
      const doneOn = change.item === undefined ? undefined : fresh.get(change.item);
      if (doneOn === undefined || change.item === undefined) continue;
      fresh.delete(change.item);
      const days = backDatedDays(doneOn, version.stamp.date);
      if (days !== undefined) entries.push({ ...at, kind: 'back-dated', item: change.item, done_on: doneOn, days });
    }
    previous = version.value;
  }
  return entries;
}

/** The items whose done_on this version shows for the first time, with that date; `marks` learns them. */
function freshMarks(route: Record<string, unknown>, marks: Map<string, Set<string>>): Map<string, string> {
  const fresh = new Map<string, string>();
  for (const [item, state] of routeItems(route)) {
    if (state.done_on === undefined) continue;
    const seen = marks.get(item) ?? new Set<string>();
    marks.set(item, seen);
    if (!seen.has(state.done_on)) fresh.set(item, state.done_on);
    seen.add(state.done_on);
  }
  return fresh;
}
