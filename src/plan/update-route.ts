// Plan stage: re-plan an existing route in its own text — progress kept, comments kept.

import { isScalar, isSeq } from 'yaml';
import type { RouteItem, RouteRecord } from '../model/types.js';
import type { Workspace } from '../model/workspace.js';
import type { Catalog } from './catalog.js';
import { directionOrder } from './catalog.js';
import { deficitsOf } from './deficits.js';
import { isActivityFor } from './activity-rules.js';
import { routePair, type PlanNote } from './generate-route.js';
import { routeProfile } from './route-profile.js';
import { routeTask } from './route-texts.js';
import { scheduleActivities } from './schedule.js';
import { YamlEdit } from '../load/yaml-edit.js';

export interface RouteUpdate {
  text: string;
  notes: PlanNote[];
  /** Ids of planned items moved out of the past, and of activities added for new deficits. */
  moved: string[];
  added: string[];
  /** Set when the route needed a change that could not be made safely: the text is as it was. */
  refusal?: UpdateRefusal;
}

/**
 * `alias`: the route uses a YAML alias (`*name`, line `line`). Editing a value in place would also
 * change every alias of it — a done item's due date along with the planned one moved.
 * `stale`: the text's items are not those of the record checked (the file changed in between), so
 * an edit by position could land on another item.
 */
export type UpdateRefusal = { code: 'alias'; alias: string; line: number } | { code: 'stale' };

/**
 * Done, in-progress and cancelled items stay as they are: a route with a YAML alias, whose
 * values an in-place edit could change together, is refused rather than changed. Planned items
 * already overdue on `today` move to the next months with room; deficits that a newer assessment found get their
 * tasks and activities, scheduled from this month on. Everything else in the text is untouched.
 */
export function updateRoute(text: string, route: RouteRecord, ws: Workspace, catalog: Catalog, today: string): RouteUpdate {
  const notes: PlanNote[] = [];
  const thisMonth = today.slice(0, 7);
  const notBefore = thisMonth > route.period.start.slice(0, 7) ? thisMonth : route.period.start.slice(0, 7);
  const overdue = route.items.filter((item) => item.status === 'planned' && item.due < today);
  const staying = route.items.filter((item) => !overdue.includes(item));
  const occupied = new Map<string, number>();
  for (const item of staying) if (item.status !== 'cancelled') occupied.set(item.due.slice(0, 7), (occupied.get(item.due.slice(0, 7)) ?? 0) + 1);

  const finding = deficitsOf(ws, route.teacher, route.year, directionOrder(catalog));
  const newDeficits = finding.deficits.map((d) => d.direction).filter((code) => !route.deficits.includes(code));
  const present = new Set(route.items.map((item) => item.id));
  // Only what suits the teacher: her post, her group, the pair's role (as a new route would).
  const found = routePair(ws, route.teacher, route.year);
  const teacherOf = (id: string) => ws.teachers.find((t) => t.value.id === id)?.value;
  const profile = found && routeProfile(teacherOf(route.teacher), teacherOf(found.mentor.value.teacher), found.pair, route.period, ws.settings);
  const additions = newDeficits.flatMap((code) =>
    (catalog.directions.find((d) => d.direction === code)?.activities ?? [])
      .filter((a) => a.when === 'deficit' && !present.has(a.id) && (profile === undefined || isActivityFor(a, profile)))
      .map((activity) => ({ activity, direction: code })),
  );

  const thisMonthNumber = Number(notBefore.slice(5, 7));
  const schedule = scheduleActivities(
    [...overdue.map((item) => ({ id: item.id, months: [thisMonthNumber] })), ...additions.map(({ activity }) => ({ id: activity.id, months: activity.months }))],
    { periodStart: route.period.start, periodEnd: route.period.end, maxPerMonth: ws.settings.max_items_per_month, occupied, notBefore },
  );
  // The period's end may cut a month's due date back into the past: that is no place either.
  const due = new Map(schedule.placed.filter((p) => p.due >= today).map((p) => [p.id, p.due]));
  const unplaced = [...schedule.unplaced, ...schedule.placed.filter((p) => p.due < today).map((p) => p.id)];
  for (const id of unplaced) notes.push({ code: 'unplaced', severity: 'warning', teacher: route.teacher, params: { activity: id } });

  const edit = new YamlEdit(text);
  if (!holdsItems(edit, route.items)) return { text, notes: [], moved: [], added: [], refusal: { code: 'stale' } };
  const alias = edit.firstAlias();
  const changes = overdue.some((item) => due.has(item.id)) || additions.some(({ activity }) => due.has(activity.id)) || newDeficits.length > 0;
  if (alias !== undefined && changes) return { text, notes: [], moved: [], added: [], refusal: { code: 'alias', ...alias } };
  const moved: string[] = [];
  route.items.forEach((item, i) => {
    const newDue = due.get(item.id);
    if (newDue === undefined || !overdue.includes(item)) return;
    edit.setScalar(['items', i, 'due'], newDue);
    moved.push(item.id);
  });
  const newItems: RouteItem[] = additions.flatMap(({ activity, direction }) => {
    const newDue = due.get(activity.id);
    if (newDue === undefined) return [];
    return [{ id: activity.id, direction, title: activity.title, forms: activity.forms, due: newDue, result: activity.result, status: 'planned' as const }];
  });
  edit.appendToSeq(['items'], newItems);
  edit.appendToSeq(['deficits'], newDeficits);
  edit.appendToSeq(['tasks'], newDeficits.map((code) => routeTask(catalog.directions.find((d) => d.direction === code), code)));
  return { text: edit.toString(), notes, moved, added: newItems.map((item) => item.id) };
}

/** Whether the text lists exactly these items, in this order, with these ids, statuses and dues. */
function holdsItems(edit: YamlEdit, items: readonly RouteItem[]): boolean {
  const listed = edit.node(['items']);
  if (!isSeq(listed) || listed.items.length !== items.length) return false;
  return items.every((item, i) =>
    (['id', 'status', 'due'] as const).every((key) => {
      const node = edit.node(['items', i, key]);
      // An alias is judged by firstAlias(): here only a scalar can disagree.
      return !isScalar(node) || String(node.value) === String(item[key]);
    }),
  );
}
