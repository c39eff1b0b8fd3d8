// Validate stage: a record's file name is its id plus `.yaml`, so ids can be found by path.

import { yearFolderName } from '../../model/dates.js';
import type { Loaded } from '../../model/workspace.js';
import { defineRule, type Finding } from './rule.js';

export const idFileMismatch = defineRule('id-file-mismatch', 'error', (ws) => {
  const found: Finding<'id-file-mismatch'>[] = [];
  const compare = (record: Loaded<unknown>, field: string, id: string): void => {
    if (id !== record.stem) found.push({ file: record.file, pointer: `/${field}`, params: { field, id, stem: record.stem } });
  };
  for (const t of ws.teachers) compare(t, 'id', t.value.id);
  for (const m of ws.mentors) compare(m, 'teacher', m.value.teacher);
  for (const d of ws.diagnostics) compare(d, 'teacher', d.value.teacher);
  for (const r of ws.routes) compare(r, 'teacher', r.value.teacher);
  for (const c of ws.catalog) compare(c, 'direction', c.value.direction);
  for (const s of ws.surveys) compare(s, 'id', s.value.id);
  for (const q of ws.questionnaires) compare(q, 'id', q.value.id);
  // events/<year>.yaml is named for its academic year.
  for (const e of ws.events) if (yearFolderName(e.value.year) !== e.stem) compare(e, 'year', e.value.year);
  return found;
});
