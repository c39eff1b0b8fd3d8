// Validate stage: the parts of records that several rules look at one by one — pairs, route items,
// assessments, events, meetings — each with its record, its file and the JSON pointer of its place.

import type { Assessment, DiagnosticsRecord, EventsRecord, Meeting, MentorRecord, Pair, ProgrammeEvent, RouteItem, RouteRecord } from '../../model/types.js';
import type { Loaded, Workspace } from '../../model/workspace.js';

/** A part of a record: the record, its file, the part, and the part's pointer (e.g. `/pairs/2`). */
export interface Part<R, T> {
  record: Loaded<R>;
  file: string;
  part: T;
  at: string;
}

function* partsOf<R, T>(records: readonly Loaded<R>[], field: string, list: (value: R) => readonly T[] | undefined): Generator<Part<R, T>> {
  for (const record of records) {
    for (const [i, part] of (list(record.value) ?? []).entries()) yield { record, file: record.file, part, at: `/${field}/${i}` };
  }
}

/** Every pair of every mentor record. */
export const pairsOf = (ws: Workspace): Generator<Part<MentorRecord, Pair>> => partsOf(ws.mentors, 'pairs', (m) => m.pairs);

/** Every item of every route. */
export const routeItemsOf = (ws: Workspace): Generator<Part<RouteRecord, RouteItem>> => partsOf(ws.routes, 'items', (r) => r.items);

/** Every assessment of every diagnostics record. */
export const assessmentsOf = (ws: Workspace): Generator<Part<DiagnosticsRecord, Assessment>> =>
  partsOf(ws.diagnostics, 'assessments', (d) => d.assessments);

/** Every event of every programme plan. */
export const eventsOf = (ws: Workspace): Generator<Part<EventsRecord, ProgrammeEvent>> => partsOf(ws.events, 'events', (e) => e.events);

/** Every meeting of every route's journal. */
export const meetingsOf = (ws: Workspace): Generator<Part<RouteRecord, Meeting>> => partsOf(ws.routes, 'meetings', (r) => r.meetings);
