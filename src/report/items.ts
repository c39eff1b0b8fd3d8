// Report stage: route progress — items due in the period, counted in total, by direction and by mentee.

import type { RouteItem } from '../model/types.js';
import type { Workspace } from '../model/workspace.js';
import { directionComparator, directionTitle, type DirectionOptions } from './directions-order.js';
import { groupBy } from './group-by.js';
import { isDoneBy, isDoneLate, isOverdueOn } from './item-status.js';
import { comparePeople, personRef } from './people.js';
import { asOfDay, isInPeriod, overdueCutoff } from './report-days.js';
import type { ItemCounts, Period, Report } from './types.js';

export function countItems(ws: Workspace, period: Period, today: string, options: DirectionOptions): Report['items'] {
  // Items of every route (any year) due within the period; cancelled items are left out.
  const items = ws.routes.flatMap((r) =>
    r.value.items.filter((i) => i.status !== 'cancelled' && isInPeriod(i.due, period)).map((item) => ({ mentee: r.value.teacher, item })),
  );
  // Overdue: not done by as_of and due before min(today, period end + 1 day).
  const days: TallyDays = { cutoff: overdueCutoff(period, today), asOf: asOfDay(period, today) };
  const byDirection = groupBy(items, (i) => i.item.direction);
  const byMentee = groupBy(items, (i) => i.mentee);
  const order = directionComparator(options.directionOrder);
  return {
    ...tally(items.map((i) => i.item), days),
    by_direction: [...byDirection.keys()].sort(order).map((direction) => ({
      direction,
      title: directionTitle(ws, options, direction),
      ...tally(byDirection.get(direction)!.map((i) => i.item), days),
    })),
    by_mentee: [...byMentee.entries()]
      .map(([id, group]) => ({ mentee: personRef(ws, id), ...tally(group.map((i) => i.item), days) }))
      .sort((a, b) => comparePeople(a.mentee, b.mentee)),
  };
}

/** The days a tally reads: open items due before `cutoff` are overdue; nothing after `asOf` has happened. */
export interface TallyDays {
  /** Open items due before it are overdue. */
  cutoff: string;
  asOf: string;
}

/**
 * The counts of a set of items due in the period, none of them cancelled, as they stood on as_of:
 * an item done after it counts as in progress (and overdue once its due date has passed).
 */
export function tally(items: readonly RouteItem[], days: TallyDays | string): ItemCounts {
  const { cutoff, asOf } = typeof days === 'string' ? { cutoff: days, asOf: undefined } : days;
  const counts: ItemCounts = { due: 0, due_by_as_of: 0, not_yet_due: 0, done: 0, done_ahead: 0, done_late: 0, overdue: 0, in_progress: 0, planned: 0 };
  for (const item of items) {
    counts.due += 1;
    if (asOf === undefined || item.due <= asOf) counts.due_by_as_of += 1;
    else counts.not_yet_due += 1;
    const done = isDoneBy(item, asOf);
    if (done) counts.done += 1;
    if (done && asOf !== undefined && item.due > asOf) counts.done_ahead += 1;
    if (isDoneLate(item, asOf)) counts.done_late += 1;
    if (isOverdueOn(item, cutoff, asOf)) counts.overdue += 1;
    if (item.status === 'in_progress' || (item.status === 'done' && !done)) counts.in_progress += 1;
    if (item.status === 'planned') counts.planned += 1;
  }
  return counts;
}
