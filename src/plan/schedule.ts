// Plan stage: spread activities over the months of a route period — preferred months first, never
// in summer, at most N a month, the rest moved to the nearest month with room.

export interface Schedulable {
  id: string;
  /** Preferred calendar months (1–12), best first. */
  months: readonly number[];
  /** Lower goes first when the period has no room for all (default 0). */
  priority?: number;
}

export interface Placement {
  id: string;
  /** `YYYY-MM`. */
  month: string;
  /** The month's last day, or the period's end when that comes first. */
  due: string;
  /** True when none of the preferred months could take it. */
  moved: boolean;
}

export interface ScheduleResult {
  placed: Placement[];
  /** Ids no month of the period had room for. */
  unplaced: string[];
}

export interface ScheduleOptions {
  periodStart: string;
  periodEnd: string;
  maxPerMonth: number;
  /** Items already in each month (`YYYY-MM` → count), when adding to an existing route. */
  occupied?: ReadonlyMap<string, number>;
  /** Months before this one (`YYYY-MM`) take nothing: they have passed. */
  notBefore?: string;
}

/** June to August is the summer health period: no route work is planned then. */
const SUMMER = new Set([6, 7, 8]);

/**
 * Places activities in three steps. When the period has fewer free places than activities, those
 * of the lowest priority are left out first. Then, in the given order, each takes the first of
 * its preferred months with room; then the rest, by priority, go to the nearest month with room.
 */
export function scheduleActivities(activities: readonly Schedulable[], options: ScheduleOptions): ScheduleResult {
  const months = periodMonths(options.periodStart, options.periodEnd).filter(
    (m) => options.notBefore === undefined || m >= options.notBefore,
  );
  const load = new Map(months.map((m) => [m, options.occupied?.get(m) ?? 0]));
  const byNumber = new Map(months.map((m) => [Number(m.slice(5, 7)), m]));
  const hasRoom = (m: string): boolean => (load.get(m) ?? Infinity) < options.maxPerMonth;
  const capacity = months.reduce((sum, m) => sum + Math.max(0, options.maxPerMonth - (load.get(m) ?? 0)), 0);
  const byPriority = [...activities].sort((a, b) => (a.priority ?? 0) - (b.priority ?? 0));
  const kept = new Set(byPriority.slice(0, capacity));
  const month = new Map<Schedulable, string>();
  const place = (activity: Schedulable, m: string): void => {
    month.set(activity, m);
    load.set(m, (load.get(m) ?? 0) + 1);
  };
  for (const activity of activities) {
    if (!kept.has(activity)) continue;
    const preferred = activity.months.map((n) => byNumber.get(n)).find((m) => m !== undefined && hasRoom(m));
    if (preferred !== undefined) place(activity, preferred);
  }
  const moved = new Set<Schedulable>();
  for (const activity of byPriority) {
    if (!kept.has(activity) || month.has(activity)) continue;
    const nearest = nearestWithRoom(months, activity.months[0] ?? 9, hasRoom);
    if (nearest === undefined) continue;
    place(activity, nearest);
    moved.add(activity);
  }
  const placed: Placement[] = [];
  const unplaced: string[] = [];
  for (const activity of activities) {
    const m = month.get(activity);
    if (m === undefined) unplaced.push(activity.id);
    else placed.push({ id: activity.id, month: m, due: dueDate(m, options.periodEnd), moved: moved.has(activity) });
  }
  return { placed, unplaced };
}

/** The months of the period (`YYYY-MM`), summer left out. */
export function periodMonths(start: string, end: string): string[] {
  const months: string[] = [];
  let year = Number(start.slice(0, 4));
  let month = Number(start.slice(5, 7));
  const last = end.slice(0, 7);
  for (;;) {
    const key = `${year}-${String(month).padStart(2, '0')}`;
    if (key > last) return months;
    if (!SUMMER.has(month)) months.push(key);
    month = month === 12 ? 1 : month + 1;
    if (month === 1) year++;
  }
}

/** Position of a calendar month in the academic year: September 0 … August 11. */
function academicIndex(month: number): number {
  return (month + 3) % 12;
}

/** The month with room nearest to `preferred`; on a tie the later one (the earlier may be too soon). */
function nearestWithRoom(months: readonly string[], preferred: number, hasRoom: (m: string) => boolean): string | undefined {
  const target = academicIndex(preferred);
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const m of months) {
    if (!hasRoom(m)) continue;
    const distance = Math.abs(academicIndex(Number(m.slice(5, 7))) - target);
    if (distance <= bestDistance) {
      best = m;
      bestDistance = distance;
    }
  }
  return best;
}

/** The last day of `month` (`YYYY-MM`), or `periodEnd` when that comes first. */
export function dueDate(month: string, periodEnd: string): string {
  const year = Number(month.slice(0, 4));
  const m = Number(month.slice(5, 7));
  const lastDay = new Date(Date.UTC(year, m, 0)).getUTCDate();
  const monthEnd = `${month}-${String(lastDay).padStart(2, '0')}`;
  return monthEnd < periodEnd ? monthEnd : periodEnd;
}
