// Validate stage: each teacher, mentor, diagnostics/route per year, direction and activity is described once.

import { yearFolderName } from '../../model/dates.js';
import { groupBy } from '../../model/group-by.js';
import type { DuplicateKind as Kind } from '../../model/problem-params.js';
import type { Workspace } from '../../model/workspace.js';
import { defineRule } from './rule.js';

interface Occurrence {
  kind: Kind;
  key: string;
  id: string;
  file: string;
  pointer: string;
  /** True when the file's name and folder agree with the record: that one is the original. */
  isOwner: boolean;
}

export const duplicateId = defineRule('duplicate-id', 'error', function* (ws) {
  for (const group of groupBy(occurrences(ws), (o) => `${o.kind}:${o.key}`).values()) {
    if (group.length < 2) continue;
    const first = group.find((o) => o.isOwner) ?? group[0]!;
    for (const o of group) {
      if (o !== first) yield { file: o.file, pointer: o.pointer, params: { kind: o.kind, id: o.id, first: first.file } };
    }
  }
});

function* occurrences(ws: Workspace): Generator<Occurrence> {
  for (const { file, stem, value } of ws.teachers) {
    yield { kind: 'teacher', key: value.id, id: value.id, file, pointer: '/id', isOwner: stem === value.id };
  }
  for (const { file, stem, value } of ws.mentors) {
    const id = value.teacher;
    yield { kind: 'mentor', key: id, id, file, pointer: '/teacher', isOwner: stem === id };
  }
  for (const [kind, records] of [['diagnostics', ws.diagnostics], ['route', ws.routes]] as const) {
    for (const { file, stem, folderYear, value } of records) {
      const id = value.teacher;
      const isOwner = stem === id && folderYear === yearFolderName(value.year);
      yield { kind, key: `${id}@${value.year}`, id, file, pointer: '/teacher', isOwner };
    }
  }
  for (const { file, stem, value } of ws.catalog) {
    const id = value.direction;
    yield { kind: 'catalog', key: id, id, file, pointer: '/direction', isOwner: stem === id };
    // Activity ids are global: plans and routes refer to an activity by id alone.
    for (const [i, activity] of value.activities.entries()) {
      const pointer = `/activities/${i}/id`;
      yield { kind: 'activity', key: activity.id, id: activity.id, file, pointer, isOwner: false };
    }
  }
}
