// Report stage: people as the report names them (PersonRef), and the one order every list uses.

import { positionLabel } from '../model/labels.js';
import type { Teacher } from '../model/types.js';
import type { Workspace } from '../model/workspace.js';
import type { PersonRef } from './types.js';

const indexes = new WeakMap<Workspace, ReadonlyMap<string, Teacher>>();

/** The teacher record of an id (the first one, should a duplicate slip through), by a cached index. */
export function teacherOf(ws: Workspace, id: string): Teacher | undefined {
  let index = indexes.get(ws);
  if (index === undefined) {
    const map = new Map<string, Teacher>();
    for (const t of ws.teachers) if (!map.has(t.value.id)) map.set(t.value.id, t.value);
    index = map;
    indexes.set(ws, index);
  }
  return index.get(id);
}

/** Name = full name, position = its Russian label; an id with no teacher record shows as itself. */
export function personRef(ws: Workspace, id: string): PersonRef {
  const teacher = teacherOf(ws, id);
  if (teacher === undefined) return { id, name: id, position: '' };
  return { id, name: teacher.full_name, position: positionLabel(teacher.position) };
}

/** Plain code-unit comparison: ids and codes, and the last word on names the collator calls equal. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

// Russian alphabetical order (Ё beside Е, not after Я), fixed to 'ru' so the machine's locale never matters.
const russian = new Intl.Collator('ru');

/** Names in Russian alphabetical order; names that collate equal fall back to code units. */
export function compareNames(a: string, b: string): number {
  return russian.compare(a, b) || compareText(a, b);
}

/** By name, then id. */
export function comparePeople(a: PersonRef, b: PersonRef): number {
  return compareNames(a.name, b.name) || compareText(a.id, b.id);
}
