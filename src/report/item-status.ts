// Report stage: the state of a route item — done late, open, overdue (record format v1).

import type { RouteItem } from '../model/types.js';

/** Still to do: planned or in progress (neither done nor cancelled). */
export function isOpen(item: RouteItem): boolean {
  return item.status === 'planned' || item.status === 'in_progress';
}

/** Done after its due date. */
export function isDoneLate(item: RouteItem): boolean {
  return item.status === 'done' && item.done_on !== undefined && item.done_on > item.due;
}

/** Overdue on `day`: still open and due before that day. */
export function isOverdueOn(item: RouteItem, day: string): boolean {
  return isOpen(item) && item.due < day;
}
