// Plan stage: put the chosen activities into months — their order kept, compressed into the months
// left, never sooner than their lead time, at most N a month.

import { academicIndex, type MonthSlots } from './month-slots.js';

export interface Placeable {
  id: string;
  /** Preferred calendar months, best first. */
  months: readonly number[];
  /** Index of the first open month it may take (its lead time). */
  earliest: number;
}

/**
 * `items` come in the route's order (adaptation first, the final report last). Each aims at its
 * best month mapped from the academic year (September–May) onto the months left, so a late route
 * keeps the order compressed instead of dropping its start; a full month sends it to the nearest
 * month with room at or after its earliest. The items must fit (`fitsSlots`): when the greedy pass
 * leaves one out, a pass that fills the months from the end places them all.
 */
export function placeItems(items: readonly Placeable[], slots: MonthSlots): Map<string, number> {
  const n = slots.months.length;
  const first = n > 0 ? academicIndex(Number(slots.months[0]!.slice(5, 7))) : 0;
  const last = n > 0 ? academicIndex(Number(slots.months[n - 1]!.slice(5, 7))) : 0;
  const indexOf = (academic: number): number => Math.min(n - 1, Math.max(0, academic - first));
  const target = (item: Placeable): number => {
    const preferred = academicIndex(item.months[0] ?? 9);
    const inWindow = preferred >= first && preferred <= last && item.months.length > 0;
    // A preferred month still ahead stays; one already past is compressed into the months left.
    const mapped = inWindow ? preferred : first + Math.round((Math.min(preferred, 8) * (last - first)) / 8);
    return Math.max(item.earliest, indexOf(mapped));
  };
  const load = new Array<number>(n).fill(0);
  const placed = new Map<string, number>();
  const ordered = items.map((item, i) => ({ item, i, t: target(item) })).sort((a, b) => a.t - b.t || a.i - b.i);
  for (const { item, t } of ordered) {
    const month = nearestWithRoom(t, item.earliest, n, (j) => load[j]! < slots.maxPerMonth);
    if (month === undefined) return fillFromEnd(items, slots);
    load[month]! += 1;
    placed.set(item.id, month);
  }
  return placed;
}

/** The month with room nearest to `target`, not before `earliest`; on a tie the later one. */
function nearestWithRoom(target: number, earliest: number, n: number, hasRoom: (j: number) => boolean): number | undefined {
  for (let d = 0; d < n; d++) {
    if (target + d < n && hasRoom(target + d)) return target + d;
    if (target - d - 1 >= earliest && target - d - 1 < n && hasRoom(target - d - 1)) return target - d - 1;
  }
  return undefined;
}

/** Latest-release first, from the last month back: places every item whenever they fit at all. */
function fillFromEnd(items: readonly Placeable[], slots: MonthSlots): Map<string, number> {
  const placed = new Map<string, number>();
  const byEarliest = items.map((item, i) => ({ item, i })).sort((a, b) => b.item.earliest - a.item.earliest || b.i - a.i);
  let month = slots.months.length - 1;
  let used = 0;
  for (const { item } of byEarliest) {
    if (used === slots.maxPerMonth) {
      month--;
      used = 0;
    }
    placed.set(item.id, Math.max(month, item.earliest));
    used++;
  }
  return placed;
}
