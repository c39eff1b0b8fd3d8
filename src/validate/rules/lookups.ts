// Validate stage: id → record maps that several rules build once per check (no O(n²) scans).

import type { MentorRecord, Teacher } from '../../model/types.js';
import type { Loaded, Workspace } from '../../model/workspace.js';

/** Indexes items by key; on duplicate keys the first wins (duplicate-id reports the rest). */
export function indexFirst<T>(items: readonly T[], key: (item: T) => string): Map<string, T> {
  const index = new Map<string, T>();
  for (const item of items) {
    const k = key(item);
    if (!index.has(k)) index.set(k, item);
  }
  return index;
}

export function teachersById(ws: Workspace): Map<string, Loaded<Teacher>> {
  return indexFirst(ws.teachers, (t) => t.value.id);
}

export function mentorsByTeacher(ws: Workspace): Map<string, Loaded<MentorRecord>> {
  return indexFirst(ws.mentors, (m) => m.value.teacher);
}
