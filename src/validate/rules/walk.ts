// Validate stage: the parts of records that several rules look at one by one — pairs, route items,
// assessments, events — each with its file and the JSON pointer of its place.

import type { Assessment, Meeting, Pair, ProgrammeEvent, RouteItem } from '../../model/types.js';
import type { Workspace } from '../../model/workspace.js';

/** A part of a record: the record's file, the part, and its pointer (e.g. `/pairs/2`). */
export interface Part<T> {
  file: string;
  /** The teacher id the record is about: the mentor of a mentor record, the teacher of a route. */
  owner: string;
  part: T;
  at: string;
}

function* partsOf<R extends { file: string }, T>(
  records: readonly R[],
  field: string,
  list: (record: R) => readonly T[] | undefined,
  owner: (record: R) => string = () => '',
): Generator<Part<T>> {
  for (const record of records) {
    for (const [i, part] of (list(record) ?? []).entries()) {
      yield { file: record.file, owner: owner(record), part, at: `/${field}/${i}` };
    }
  }
}

/** Every pair of every mentor record; `owner` is the mentor. */
export const pairsOf = (ws: Workspace): Generator<Part<Pair>> =>
  partsOf(ws.mentors, 'pairs', (m) => m.value.pairs, (m) => m.value.teacher);

/** Every item of every route; `owner` is the route's teacher. */
export const routeItemsOf = (ws: Workspace): Generator<Part<RouteItem>> =>
  partsOf(ws.routes, 'items', (r) => r.value.items, (r) => r.value.teacher);

/** Every assessment of every diagnostics record. */
export const assessmentsOf = (ws: Workspace): Generator<Part<Assessment>> =>
  partsOf(ws.diagnostics, 'assessments', (d) => d.value.assessments);

/** Every event of every programme plan. */
export const eventsOf = (ws: Workspace): Generator<Part<ProgrammeEvent>> =>
  partsOf(ws.events, 'events', (e) => e.value.events);

/** Every meeting of every route's journal. */
export const meetingsOf = (ws: Workspace): Generator<Part<Meeting>> =>
  partsOf(ws.routes, 'meetings', (r) => r.value.meetings);
