// History stage: the shapes of a record's history — commits as git tells them, events as `log` shows them.

/** One commit of `git log`, with the record files it touched. */
export interface Commit {
  hash: string;
  short: string;
  author: string;
  /** The author date as git prints it (ISO 8601, with the author's offset). */
  time: string;
  /** The author's calendar day, `YYYY-MM-DD`. */
  date: string;
  subject: string;
  changes: FileChange[];
}

/** A change status letter of `git log --raw`: added, modified, deleted, renamed, copied, type changed. */
export type ChangeStatus = 'A' | 'M' | 'D' | 'R' | 'C' | 'T';

export interface FileChange {
  status: ChangeStatus;
  /** The path after the change (for D, the path deleted), relative to the repository root. */
  path: string;
  /** For R and C: the path before. */
  oldPath?: string;
  /** The new content's blob id; absent for D. */
  blob?: string;
}

/** What a commit did to a file as a whole, from the file's point of view. */
export type VersionChange = 'created' | 'modified' | 'renamed' | 'deleted' | 'restored';

/** Who and when: the part of a commit every event carries. */
export interface CommitStamp {
  commit: string;
  date: string;
  author: string;
}

/** One version of one record file, oldest first; `value` is its parsed content. */
export interface FileVersion {
  stamp: CommitStamp;
  change: VersionChange;
  /** Workspace-relative path at this version. */
  path: string;
  oldPath?: string;
  /** The parsed record; undefined for a deletion or a text that is not a YAML mapping. */
  value?: Record<string, unknown>;
}

export type EventKind =
  | 'file-created'
  | 'file-renamed'
  | 'file-deleted'
  | 'file-restored'
  | 'file-unreadable'
  | 'item-added'
  | 'item-removed'
  | 'status-changed'
  | 'done-on-changed'
  | 'pair-added'
  | 'pair-ended-early'
  | 'pair-removed'
  | 'left-set'
  | 'left-cleared';

/**
 * One change of a record. `item` is a route item's id, or a pair's mentee; `from` and `to` are
 * the values before and after (statuses, dates, paths — see each kind in log-text.ts).
 */
export interface HistoryEvent extends CommitStamp {
  kind: EventKind;
  file: string;
  item?: string;
  from?: string;
  to?: string;
  /** With item-added and status-changed: the item's done_on, when it came with the change. */
  done_on?: string;
  /** With pair-ended-early: why. */
  reason?: string;
}

/** A `done_on` first recorded more than BACK_DATED_DAYS after the day it names. */
export interface BackDatedWarning extends CommitStamp {
  kind: 'back-dated';
  file: string;
  item: string;
  done_on: string;
  /** Days between done_on and the commit that first recorded it. */
  days: number;
}

export type LogEntry = HistoryEvent | BackDatedWarning;

/** The history `log` prints: events in commit order, each warning right after its event. */
export interface History {
  /** The teacher (or `year/teacher` route) asked for; null for every route. */
  id: string | null;
  entries: LogEntry[];
}
