// Plan stage: a mentee's route for an academic year, from deficits, the catalog and the calendar.

import { academicYearBounds, addDays, yearFolderName } from '../model/dates.js';
import { pairLastDay, isPairActiveDuring } from '../model/pairs.js';
import type { MentorRecord, Pair, RouteItem, RouteRecord } from '../model/types.js';
import type { Loaded, Workspace } from '../model/workspace.js';
import { PREREQUISITES, TOPIC_ACTIVITY } from './activity-rules.js';
import type { Catalog } from './catalog.js';
import { directionOrder } from './catalog.js';
import { chooseActivities } from './choose-activities.js';
import { deficitsOf, strengthsOf, weakestOf } from './deficits.js';
import { monthSlots } from './month-slots.js';
import { placeItems } from './place-items.js';
import { routeProfile } from './route-profile.js';
import { ADAPTATION_TASK, routeGoal, routeTask, topicPlaceholder } from './route-texts.js';
import { dueDate } from './schedule.js';

/** Something the methodist should know about a generated route; the CLI words it. */
export interface PlanNote {
  code: 'no-diagnostics' | 'moved' | 'unplaced' | 'left-out' | 'deferred';
  severity: 'warning' | 'info';
  teacher: string;
  params: Record<string, string | number>;
}

export interface PlannedRoute {
  teacher: string;
  /** Workspace-relative path of the new route file. */
  file: string;
  route: RouteRecord;
  notes: PlanNote[];
}

/** The topic is chosen at least this many days after the route is planned. */
export const TOPIC_LEAD_DAYS = 14;

/** The pair a route is for: of the mentee's pairs active in the year, the longest there, then the earliest. */
export function routePair(ws: Workspace, mentee: string, year: string): { mentor: Loaded<MentorRecord>; pair: Pair } | undefined {
  const { start, end } = academicYearBounds(year);
  const candidates = ws.mentors.flatMap((mentor) =>
    mentor.value.pairs.filter((p) => p.mentee === mentee && isPairActiveDuring(p, start, end)).map((pair) => ({ mentor, pair })),
  );
  const days = (p: Pair): number => {
    const from = p.start > start ? p.start : start;
    const to = pairLastDay(p) < end ? pairLastDay(p) : end;
    return Date.parse(to) - Date.parse(from);
  };
  candidates.sort((a, b) => days(b.pair) - days(a.pair) || (a.pair.start < b.pair.start ? -1 : a.pair.start > b.pair.start ? 1 : 0));
  return candidates[0];
}

/**
 * Builds the route of one mentee for `year`; undefined when the mentee has no pair in that year,
 * or the pair leaves no month to plan in (a pair within the summer). Planned on `today` inside
 * the period, the route's items start from today's month and respect each activity's lead time
 * from today: a new plan never starts overdue or with an impossible deadline.
 */
export function generateRoute(
  ws: Workspace,
  catalog: Catalog,
  mentee: string,
  year: string,
  today?: string,
): PlannedRoute | undefined {
  const found = routePair(ws, mentee, year);
  if (found === undefined) return undefined;
  const bounds = academicYearBounds(year);
  const period = {
    start: found.pair.start > bounds.start ? found.pair.start : bounds.start,
    end: pairLastDay(found.pair) < bounds.end ? pairLastDay(found.pair) : bounds.end,
  };
  const notes: PlanNote[] = [];
  const order = directionOrder(catalog);
  const finding = deficitsOf(ws, mentee, year, order);
  if (!finding.assessed) notes.push({ code: 'no-diagnostics', severity: 'warning', teacher: mentee, params: {} });
  const teacherOf = (id: string) => ws.teachers.find((t) => t.value.id === id)?.value;
  const profile = routeProfile(teacherOf(mentee), teacherOf(found.mentor.value.teacher), found.pair, period, ws.settings);
  const slots = monthSlots(period, today, ws.settings.max_items_per_month);
  if (slots.months.length === 0) return undefined;
  const choice = chooseActivities(catalog, {
    profile,
    deficits: finding.deficits.map((d) => d.direction),
    strengths: strengthsOf(finding, ws.settings.strength_from, order),
    weakest: weakestOf(finding, ws.settings.deficit_below, ws.settings.strength_from, order),
    slots,
    maxItems: ws.settings.max_items_per_route,
  });
  if (choice.chosen.length === 0) return undefined;
  const months = placeItems(
    choice.chosen.map((c) => ({ id: c.activity.id, months: c.activity.months, earliest: c.earliest })),
    slots,
  );
  keepPrerequisitesFirst(months);
  const items: RouteItem[] = choice.chosen.map(({ activity, direction }) => {
    const month = slots.months[months.get(activity.id)!]!;
    return { id: activity.id, direction, title: activity.title, forms: activity.forms, due: dueDate(month, period.end), result: activity.result, status: 'planned' };
  });
  // Read in time order; within a month, in the route's order.
  const rank = new Map(items.map((item, i) => [item.id, i]));
  items.sort((a, b) => (a.due < b.due ? -1 : a.due > b.due ? 1 : rank.get(a.id)! - rank.get(b.id)!));
  for (const { activity, reason } of choice.leftOut) {
    notes.push({ code: 'left-out', severity: 'warning', teacher: mentee, params: { activity: activity.id, title: activity.title, reason, lead: activity.lead_days ?? 0 } });
  }
  for (const code of choice.deferred) notes.push({ code: 'deferred', severity: 'warning', teacher: mentee, params: { direction: code } });
  const deficitCodes = finding.deficits.map((d) => d.direction).filter((code) => !choice.deferred.includes(code));
  const directions = new Map(catalog.directions.map((d) => [d.direction, d]));
  const route: RouteRecord = {
    teacher: mentee,
    mentor: found.mentor.value.teacher,
    year,
    period,
    self_education_topic: topicPlaceholder(topicDeadline(items, slots.planningDay, period.end)),
    deficits: deficitCodes,
    goal: routeGoal(found.pair.role),
    tasks: deficitCodes.length > 0 ? deficitCodes.map((code) => routeTask(directions.get(code), code)) : [ADAPTATION_TASK],
    items,
  };
  return { teacher: mentee, file: `routes/${yearFolderName(year)}/${mentee}.yaml`, route, notes };
}

/** Choosing comes before taking: a prerequisite placed after its activity swaps months with it. */
function keepPrerequisitesFirst(months: Map<string, number>): void {
  for (const [id, before] of Object.entries(PREREQUISITES)) {
    const a = months.get(id);
    const b = months.get(before);
    if (a !== undefined && b !== undefined && b > a) {
      months.set(id, b);
      months.set(before, a);
    }
  }
}

/** The due date of the topic's own item; without one, 14 days after planning (within the period). */
function topicDeadline(items: readonly RouteItem[], planningDay: string, periodEnd: string): string {
  const own = items.find((item) => item.id === TOPIC_ACTIVITY);
  if (own !== undefined) return own.due;
  const soonest = addDays(planningDay, TOPIC_LEAD_DAYS);
  return soonest < periodEnd ? soonest : periodEnd;
}
