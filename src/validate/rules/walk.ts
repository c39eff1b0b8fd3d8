// Validate stage: the parts of records that several rules look at one by one — pairs, route items,
// assessments, events, meetings — each with its record, its file and the JSON pointer of its place.
// Each list is made once per workspace and shared by the rules that walk it: at 10,000 teachers
// there are tens of thousands of route items, and several rules look at each.

import type { Assessment, DiagnosticsRecord, EventsRecord, Meeting, MentorRecord, Pair, ProgrammeEvent, RouteItem, RouteRecord } from '../../model/types.js';
import type { Loaded, Workspace } from '../../model/workspace.js';

/** A part of a record: the record, its file, the part, and the part's pointer (e.g. `/pairs/2`). */
export interface Part<R, T> {
  record: Loaded<R>;
  file: string;
  part: T;
  at: string;
}

type Walker<R, T> = (ws: Workspace) => readonly Part<R, T>[];

function walker<R, T>(records: (ws: Workspace) => readonly Loaded<R>[], field: string, list: (value: R) => readonly T[] | undefined): Walker<R, T> {
  const made = new WeakMap<Workspace, readonly Part<R, T>[]>();
  return (ws) => {
    let parts = made.get(ws);
    if (parts === undefined) {
      const all: Part<R, T>[] = [];
      for (const record of records(ws)) {
        const items = list(record.value) ?? [];
        for (let i = 0; i < items.length; i++) all.push({ record, file: record.file, part: items[i]!, at: `/${field}/${i}` });
      }
      parts = all;
      made.set(ws, parts);
    }
    return parts;
  };
}

/** Every pair of every mentor record. */
export const pairsOf: Walker<MentorRecord, Pair> = walker((ws) => ws.mentors, 'pairs', (m) => m.pairs);

/** Every item of every route. */
export const routeItemsOf: Walker<RouteRecord, RouteItem> = walker((ws) => ws.routes, 'items', (r) => r.items);

/** Every assessment of every diagnostics record. */
export const assessmentsOf: Walker<DiagnosticsRecord, Assessment> = walker((ws) => ws.diagnostics, 'assessments', (d) => d.assessments);

/** Every event of every programme plan. */
export const eventsOf: Walker<EventsRecord, ProgrammeEvent> = walker((ws) => ws.events, 'events', (e) => e.events);

/** Every meeting of every route's journal. */
export const meetingsOf: Walker<RouteRecord, Meeting> = walker((ws) => ws.routes, 'meetings', (r) => r.meetings);
