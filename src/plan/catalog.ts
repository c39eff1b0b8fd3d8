// Plan stage: the activity catalog — the built-in one, with the workspace's catalog/ over it.

import type { CatalogActivity, CatalogRecord } from '../model/types.js';

export interface CatalogDirection {
  direction: string;
  title: string;
  task?: string;
  activities: CatalogActivity[];
}

export interface Catalog {
  /** Built-in directions in their fixed order, then the workspace's own, by code. */
  directions: CatalogDirection[];
}

/**
 * A workspace file for a built-in direction adds its activities to it and replaces a built-in
 * activity of the same id in place; its title and task, when given, replace the built-in ones.
 * A file for a new direction adds that direction. An activity id is looked for across all
 * directions, so a workspace can also move an activity to another direction.
 */
export function mergeCatalog(builtin: readonly CatalogRecord[], workspace: readonly CatalogRecord[]): Catalog {
  const directions = builtin.map(toDirection);
  const byCode = new Map(directions.map((d) => [d.direction, d]));
  const sorted = [...workspace].sort((a, b) => (a.direction < b.direction ? -1 : a.direction > b.direction ? 1 : 0));
  for (const record of sorted) {
    let target = byCode.get(record.direction);
    if (target === undefined) {
      target = { direction: record.direction, title: record.title, activities: [] };
      directions.push(target);
      byCode.set(record.direction, target);
    } else {
      target.title = record.title;
    }
    if (record.task !== undefined) target.task = record.task;
    for (const activity of record.activities) {
      const owner = directions.find((d) => d.activities.some((a) => a.id === activity.id));
      if (owner === target) {
        target.activities = target.activities.map((a) => (a.id === activity.id ? activity : a));
        continue;
      }
      if (owner) owner.activities = owner.activities.filter((a) => a.id !== activity.id);
      target.activities.push(activity);
    }
  }
  return { directions };
}

function toDirection(record: CatalogRecord): CatalogDirection {
  const direction: CatalogDirection = { direction: record.direction, title: record.title, activities: [...record.activities] };
  if (record.task !== undefined) direction.task = record.task;
  return direction;
}

export function directionOrder(catalog: Catalog): string[] {
  return catalog.directions.map((d) => d.direction);
}

export function directionTitles(catalog: Catalog): Map<string, string> {
  return new Map(catalog.directions.map((d) => [d.direction, d.title]));
}
