// Plan stage: a mentee's route for an academic year, from deficits, the catalog and the calendar.

import { academicYearBounds, yearFolderName } from '../model/dates.js';
import { pairLastDay, isPairActiveDuring } from '../model/pairs.js';
import type { CatalogActivity, MentorRecord, Pair, RouteItem, RouteRecord } from '../model/types.js';
import type { Loaded, Workspace } from '../model/workspace.js';
import type { Catalog } from './catalog.js';
import { directionOrder } from './catalog.js';
import { deficitsOf } from './deficits.js';
import { ADAPTATION_TASK, routeGoal, routeTask, topicPlaceholder } from './route-texts.js';
import { dueDate, periodMonths, scheduleActivities } from './schedule.js';

/** Something the methodist should know about a generated route; the CLI words it. */
export interface PlanNote {
  code: 'no-diagnostics' | 'moved' | 'unplaced';
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
 * the period, the route's items start from today's month: a new plan never starts overdue, and
 * "in the period" then means from today's month on.
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
  const periodStart = found.pair.start > bounds.start ? found.pair.start : bounds.start;
  const periodEnd = pairLastDay(found.pair) < bounds.end ? pairLastDay(found.pair) : bounds.end;
  const notes: PlanNote[] = [];
  const order = directionOrder(catalog);
  const finding = deficitsOf(ws, mentee, year, order);
  if (!finding.assessed) notes.push({ code: 'no-diagnostics', severity: 'warning', teacher: mentee, params: {} });
  const deficitCodes = finding.deficits.map((d) => d.direction);

  const months = periodMonths(periodStart, periodEnd);
  const notBefore = today !== undefined && today > periodStart && today <= periodEnd ? today.slice(0, 7) : undefined;
  const open = months.filter((m) => notBefore === undefined || m >= notBefore);
  const chosen = chooseActivities(catalog, deficitCodes, new Set(open.map((m) => Number(m.slice(5, 7)))));
  const schedule = scheduleActivities(
    chosen.map(({ activity, priority }) => ({ id: activity.id, months: activity.months, priority })),
    {
      periodStart,
      periodEnd,
      maxPerMonth: ws.settings.max_items_per_month,
      ...(notBefore !== undefined ? { notBefore } : {}),
    },
  );
  if (schedule.placed.length === 0) return undefined;
  const byId = new Map(chosen.map((c) => [c.activity.id, c]));
  const items: RouteItem[] = schedule.placed.map((placement) => {
    const { activity, direction } = byId.get(placement.id)!;
    if (placement.moved) {
      const preferred = activity.months.join(', ');
      notes.push({ code: 'moved', severity: 'info', teacher: mentee, params: { activity: activity.id, preferred, month: placement.month } });
    }
    return { id: activity.id, direction, title: activity.title, forms: activity.forms, due: placement.due, result: activity.result, status: 'planned' };
  });
  for (const id of schedule.unplaced) notes.push({ code: 'unplaced', severity: 'warning', teacher: mentee, params: { activity: id } });
  // Read in time order; within a month, in the order they were chosen.
  const rank = new Map(chosen.map((c, i) => [c.activity.id, i]));
  items.sort((a, b) => (a.due < b.due ? -1 : a.due > b.due ? 1 : rank.get(a.id)! - rank.get(b.id)!));

  const directions = new Map(catalog.directions.map((d) => [d.direction, d]));
  const topicMonth = months[Math.min(2, months.length - 1)] ?? periodEnd.slice(0, 7);
  const route: RouteRecord = {
    teacher: mentee,
    mentor: found.mentor.value.teacher,
    year,
    period: { start: periodStart, end: periodEnd },
    self_education_topic: topicPlaceholder(schedule.placed.length > 0 ? dueDate(topicMonth, periodEnd) : periodEnd),
    deficits: deficitCodes,
    goal: routeGoal(found.pair.role),
    tasks: deficitCodes.length > 0 ? deficitCodes.map((code) => routeTask(directions.get(code), code)) : [ADAPTATION_TASK],
    items,
  };
  return { teacher: mentee, file: `routes/${yearFolderName(year)}/${mentee}.yaml`, route, notes };
}

/**
 * Every `always` activity and the `deficit` activities of the deficit directions, in the order
 * they are scheduled: by their best month through the year (September first), so that each takes
 * its month before a later one's second choice does.
 *
 * Priority decides what a period too short for all of them keeps (a mid-year start): the `always`
 * activities whose months fall in the period, then the first activity of each deficit (most severe
 * first), then the other `always` ones, then the deficits' further activities in turn.
 */
function chooseActivities(
  catalog: Catalog,
  deficits: readonly string[],
  periodMonthNumbers: ReadonlySet<number>,
): { activity: CatalogActivity; direction: string; priority: number }[] {
  let catalogIndex = 0;
  const chosen = catalog.directions.flatMap((d) => {
    const severity = deficits.indexOf(d.direction);
    let rank = 0;
    return d.activities
      .filter((a) => a.when === 'always' || severity >= 0)
      .map((activity) => {
        const inPeriod = activity.months.some((m) => periodMonthNumbers.has(m));
        const always = activity.when === 'always';
        const tier = always ? (inPeriod ? 0 : 2) : rank++ === 0 ? 1 : 2 + rank;
        // Within a tier: deficits by severity, then the catalog's order (its directions run from
        // the basics — the norms, the documents — to the extras).
        const priority = tier * 1_000_000 + (always ? 0 : severity * 1000) + catalogIndex++;
        return { activity, direction: d.direction, priority };
      });
  });
  const month = (a: CatalogActivity): number => ((a.months[0] ?? 9) + 3) % 12;
  // Array.prototype.sort is stable: equal keys keep the catalog's order.
  return chosen.sort((a, b) => month(a.activity) - month(b.activity) || a.priority - b.priority);
}
