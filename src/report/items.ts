// Report stage: route progress — items due in the period, counted in total, by direction and by mentee.

import type { RouteItem } from '../model/types.js';
import type { Workspace } from '../model/workspace.js';
import { directionComparator, directionTitle, type DirectionOptions } from './directions-order.js';
import { groupBy } from './group-by.js';
import { isDoneLate, isOverdueOn } from './item-status.js';
import { comparePeople, personRef } from './people.js';
import { isInPeriod, overdueCutoff } from './report-days.js';
import type { ItemCounts, Period, Report } from './types.js';

export function countItems(ws: Workspace, period: Period, today: string, options: DirectionOptions): Report['items'] {
  // Items of every route (any year) due within the period; cancelled items are left out.
  const items = ws.routes.flatMap((r) =>
    r.value.items.filter((i) => i.status !== 'cancelled' && isInPeriod(i.due, period)).map((item) => ({ mentee: r.value.teacher, item })),
  );
  // Overdue: planned or in progress and due before min(today, period end + 1 day).
  const cutoff = overdueCutoff(period, today);
  const byDirection = groupBy(items, (i) => i.item.direction);
  const byMentee = groupBy(items, (i) => i.mentee);
  const order = directionComparator(options.directionOrder);
  return {
    ...tally(items.map((i) => i.item), cutoff),
    by_direction: [...byDirection.keys()].sort(order).map((direction) => ({
      direction,
      title: directionTitle(ws, options, direction),
      ...tally(byDirection.get(direction)!.map((i) => i.item), cutoff),
    })),
    by_mentee: [...byMentee.entries()]
      .map(([id, group]) => ({ mentee: personRef(ws, id), ...tally(group.map((i) => i.item), cutoff) }))
      .sort((a, b) => comparePeople(a.mentee, b.mentee)),
  };
}

/** The counts of a set of items due in the period, none of them cancelled. */
export function tally(items: readonly RouteItem[], cutoff: string): ItemCounts {
  const counts: ItemCounts = { due: 0, done: 0, done_late: 0, overdue: 0, in_progress: 0, planned: 0 };
  for (const item of items) {
    counts.due += 1;
    if (item.status === 'done') counts.done += 1;
    if (isDoneLate(item)) counts.done_late += 1;
    if (isOverdueOn(item, cutoff)) counts.overdue += 1;
    if (item.status === 'in_progress') counts.in_progress += 1;
    if (item.status === 'planned') counts.planned += 1;
  }
  return counts;
}
