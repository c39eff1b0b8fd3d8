// History stage: what changed in a route's items between two versions — added, removed, a status
// or a done_on changed. Pure.

import { asList, asRecord, makeChange, partChanges, text, type Change } from './change.js';

export interface ItemState {
  status?: string;
  done_on?: string;
}

/** The items of a route by id, in file order; items without an id cannot be followed and are left out. */
export function routeItems(route: Record<string, unknown> | undefined): Map<string, ItemState> {
  const items = new Map<string, ItemState>();
  for (const entry of asList(route?.['items'])) {
    const item = asRecord(entry);
    const id = text(item?.['id']);
    if (item === undefined || id === undefined || items.has(id)) continue;
    const state: ItemState = {};
    const status = text(item['status']);
    const doneOn = text(item['done_on']);
    if (status !== undefined) state.status = status;
    if (doneOn !== undefined) state.done_on = doneOn;
    items.set(id, state);
  }
  return items;
}

export function routeChanges(before: Record<string, unknown> | undefined, after: Record<string, unknown>): Change[] {
  return partChanges(routeItems(before), routeItems(after), {
    kept: (item, state, was) => {
      if (was === undefined) return [makeChange('item-added', { item, to: state.status, done_on: state.done_on })];
      if (was.status !== state.status) {
        const doneOn = state.done_on !== was.done_on ? state.done_on : undefined;
        return [makeChange('status-changed', { item, from: was.status, to: state.status, done_on: doneOn })];
      }
      return was.done_on === state.done_on ? [] : [makeChange('done-on-changed', { item, from: was.done_on, to: state.done_on })];
    },
    removed: (item, state) => makeChange('item-removed', { item, from: state.status }),
  });
}
