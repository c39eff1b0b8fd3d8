// Edit stage: mark a route item done, in progress, planned or cancelled, or move its due date —
// in the route's own text, so that only the lines of that item change.

import { YamlEdit } from '../load/yaml-edit.js';
import type { IsoDate, RouteRecord } from '../model/types.js';
import { makeSuggester } from '../model/did-you-mean.js';
import type { EditResult } from './edit-result.js';

export type ItemChange =
  | { status: 'done'; on: IsoDate; evidence?: string }
  | { status: 'in_progress' | 'planned' }
  | { status: 'cancelled'; reason?: string }
  | { due: IsoDate };

/**
 * `text` is the route file, `route` its checked value. A done date belongs to a done item only
 * (rule date-without-done), so leaving `done` removes it; evidence is kept.
 */
export function changeItem(text: string, route: RouteRecord, itemId: string, change: ItemChange): EditResult {
  const index = route.items.findIndex((item) => item.id === itemId);
  if (index < 0) {
    const suggest = makeSuggester(route.items.map((item) => item.id));
    return { error: { kind: 'no-item', id: itemId, suggestion: suggest(itemId) } };
  }
  const edit = new YamlEdit(text);
  const alias = edit.firstAlias();
  if (alias !== undefined) return { error: { kind: 'alias', ...alias } };
  const path = ['items', index];
  if ('due' in change) {
    edit.setKey(path, 'due', change.due);
    return { text: edit.toString() };
  }
  edit.setKey(path, 'status', change.status);
  if (change.status === 'done') {
    edit.setKey(path, 'done_on', change.on);
    if (change.evidence !== undefined) edit.setKey(path, 'evidence', change.evidence);
  } else {
    edit.removeKey(path, 'done_on');
  }
  if (change.status === 'cancelled' && change.reason !== undefined) edit.setKey(path, 'reason', change.reason);
  return { text: edit.toString() };
}
