// CLI: `mentor plan --format json` — what plan did, for scripts: codes and ids, no sentences.

import type { PlannedRoute, PlanNote } from '../plan/generate-route.js';
import type { PlanSkip } from '../plan/plan-workspace.js';

export interface PlanJsonRoute {
  file: string;
  teacher: string;
  /** created | would_create | updated | would_update | unchanged | refused | invalid */
  action: string;
  mentor?: string;
  period?: { start: string; end: string };
  deficits?: string[];
  items?: { id: string; direction: string; due: string }[];
  moved?: string[];
  added?: string[];
  notes: { code: string; severity: string; params: Record<string, string | number> }[];
}

export interface PlanJson {
  version: 1;
  year: string;
  today: string;
  dry_run: boolean;
  update: boolean;
  routes: PlanJsonRoute[];
  skipped: PlanSkip[];
  /** Route documents written, as paths relative to the current folder. */
  documents: string[];
}

export function planJson(year: string, today: string, dryRun: boolean, update: boolean): PlanJson {
  return { version: 1, year, today, dry_run: dryRun, update, routes: [], skipped: [], documents: [] };
}

export function notesJson(notes: readonly PlanNote[]): PlanJsonRoute['notes'] {
  return notes.map((n) => ({ code: n.code, severity: n.severity, params: n.params }));
}

export function plannedJson(planned: PlannedRoute, action: string): PlanJsonRoute {
  const r = planned.route;
  return {
    file: planned.file,
    teacher: r.teacher,
    action,
    mentor: r.mentor,
    period: r.period,
    deficits: r.deficits,
    items: r.items.map((i) => ({ id: i.id, direction: i.direction, due: i.due })),
    notes: notesJson(planned.notes),
  };
}
