// Report stage: the state of a route item — done late, open, overdue (record format v1).

import type { RouteItem } from '../model/types.js';

/** Still to do: planned or in progress (neither done nor cancelled). */
export function isOpen(item: RouteItem): boolean {
  return item.status === 'planned' || item.status === 'in_progress';
}

/** Done on or before `asOf` (without `asOf`: done at all). An item done later was not yet done then. */
export function isDoneBy(item: RouteItem, asOf?: string): boolean {
  return item.status === 'done' && (asOf === undefined || (item.done_on !== undefined && item.done_on <= asOf));
}

/** Still to do on `asOf`: planned or in progress, or done only after `asOf`. */
export function isOpenOn(item: RouteItem, asOf: string): boolean {
  return isOpen(item) || (item.status === 'done' && !isDoneBy(item, asOf));
}

/** Done after its due date (and, given `asOf`, done by then). */
export function isDoneLate(item: RouteItem, asOf?: string): boolean {
  return isDoneBy(item, asOf) && item.done_on !== undefined && item.done_on > item.due;
}

/**
 * Overdue on `day`: still open and due before that day. With `asOf`, an item done after `asOf`
 * stands as it stood then: open.
 */
export function isOverdueOn(item: RouteItem, day: string, asOf?: string): boolean {
  return (asOf === undefined ? isOpen(item) : isOpenOn(item, asOf)) && item.due < day;
}

/** The share done of the items due by as_of: (done − done ahead) ÷ due by as_of; null with none due. */
export function doneRatio(c: { done: number; done_ahead: number; due_by_as_of: number }): number | null {
  return c.due_by_as_of === 0 ? null : (c.done - c.done_ahead) / c.due_by_as_of;
}
