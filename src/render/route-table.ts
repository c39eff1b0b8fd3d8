// Render stage: the main table of a route — its items grouped by direction and numbered.

import type { RouteItem } from '../model/types.js';
import { formatDue, formatItemMark } from './format.js';

/** One row: the six columns of the table, formatted. */
export interface ItemView {
  id: string;
  number: number;
  /** «Содержание» */
  title: string;
  /** «Формы работы» */
  forms: string;
  /** «Сроки» */
  due: string;
  /** «Форма предъявления результата» */
  result: string;
  /** «Отметка о выполнении»: empty for a planned item, to be marked by hand. */
  mark: string;
  /** Where the result is kept, printed under the mark when known. */
  evidence: string | null;
  /** Why a cancelled item was cancelled, printed under the mark. */
  reason: string | null;
  status: RouteItem['status'];
  isDone: boolean;
  isCancelled: boolean;
}

export interface DirectionGroupView {
  direction: string;
  title: string;
  items: ItemView[];
}

/**
 * Groups follow the catalog's order of directions (the order of `directionTitles`), which is the
 * order of every printed route, not the order the items happen to be listed in; a direction that
 * is not in the catalog comes after, titled by its code. Items keep their order within a group
 * and are numbered 1…N through the whole table.
 */
export function groupItems(items: readonly RouteItem[], directionTitles: ReadonlyMap<string, string>): DirectionGroupView[] {
  const byDirection = new Map<string, RouteItem[]>();
  for (const item of items) {
    const list = byDirection.get(item.direction);
    if (list === undefined) byDirection.set(item.direction, [item]);
    else list.push(item);
  }
  const known = [...directionTitles.keys()].filter((code) => byDirection.has(code));
  const unknown = [...byDirection.keys()].filter((code) => !directionTitles.has(code));
  let number = 0;
  return [...known, ...unknown].map((direction) => ({
    direction,
    title: directionTitles.get(direction) ?? direction,
    items: (byDirection.get(direction) ?? []).map((item) => itemView(item, ++number)),
  }));
}

function itemView(item: RouteItem, number: number): ItemView {
  return {
    id: item.id,
    number,
    title: item.title,
    forms: item.forms,
    due: formatDue(item.due),
    result: item.result,
    mark: formatItemMark(item),
    evidence: item.evidence ?? null,
    reason: item.status === 'cancelled' ? (item.reason ?? null) : null,
    status: item.status,
    isDone: item.status === 'done',
    isCancelled: item.status === 'cancelled',
  };
}
