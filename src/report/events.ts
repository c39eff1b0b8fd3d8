// Report stage: the programme's events of the period (дорожная карта) — held, cancelled, overdue, planned.

import { eventKindLabel, eventStageLabel } from '../model/labels.js';
import { EVENT_STAGES, type ProgrammeEvent } from '../model/types.js';
import type { Workspace } from '../model/workspace.js';
import { compareText, personRef } from './people.js';
import { asOfDay, isInPeriod, overdueCutoff } from './report-days.js';
import type { EventRow, Period, Report } from './types.js';

/**
 * Events planned within the period, or held within [start, as_of]. As they stood on as_of: done
 * when held on or before it, cancelled, overdue when not held and planned before min(today,
 * period end + 1 day), else planned. Participants: those listed for the events held.
 */
export function listEvents(ws: Workspace, period: Period, today: string): Report['events'] {
  const asOf = asOfDay(period, today);
  const cutoff = overdueCutoff(period, today);
  const rows = ws.events
    .flatMap((r) => r.value.events)
    .filter((e) => isInPeriod(e.date, period) || (e.held_on !== undefined && period.start <= e.held_on && e.held_on <= asOf))
    .map((e) => eventRow(ws, e, asOf, cutoff))
    .sort((a, b) => EVENT_STAGES.indexOf(a.stage as never) - EVENT_STAGES.indexOf(b.stage as never) || compareText(a.date, b.date) || compareText(a.id, b.id));
  const count = (status: EventRow['status']) => rows.filter((r) => r.status === status).length;
  return {
    held: count('done'),
    cancelled: count('cancelled'),
    overdue: count('overdue'),
    planned: count('planned'),
    participants: rows.filter((r) => r.status === 'done').reduce((sum, r) => sum + r.participants, 0),
    list: rows,
  };
}

function eventRow(ws: Workspace, e: ProgrammeEvent, asOf: string, cutoff: string): EventRow {
  const held = e.status === 'done' && e.held_on !== undefined && e.held_on <= asOf;
  const status: EventRow['status'] = held ? 'done' : e.status === 'cancelled' ? 'cancelled' : e.date < cutoff ? 'overdue' : 'planned';
  return {
    id: e.id,
    title: e.title,
    stage: e.stage,
    stage_label: eventStageLabel(e.stage),
    kind: e.kind,
    kind_label: eventKindLabel(e.kind),
    date: e.date,
    held_on: held ? e.held_on! : null,
    status,
    responsible: personRef(ws, e.responsible),
    expected: e.expected,
    participants: held ? (e.participants ?? []).length : 0,
    result: held ? (e.result ?? null) : status === 'cancelled' ? (e.reason ?? null) : null,
  };
}
