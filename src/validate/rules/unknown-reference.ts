// Validate stage: every teacher id a record names must have a file in teachers/.

import type { RecordKind } from '../../model/types.js';
import { makeSuggester } from '../../model/did-you-mean.js';
import { defineRule } from './rule.js';

/** Ids of another form are the schema's to report (schema-id-format), not this rule's. */
const ID_FORM = /^[a-z0-9][a-z0-9-]{0,62}$/;

interface Reference {
  pointer: string;
  field: string;
  id: string;
}

export const unknownReference = defineRule('unknown-reference', 'error', function* (ws) {
  const suggest = makeSuggester(ws.teacherIds);
  // Records with schema errors are read too: a misspelt field must not hide a misspelt id.
  const records = [ws.config, ...ws.mentors, ...ws.diagnostics, ...ws.routes, ...ws.events, ...ws.unchecked];
  for (const record of records) {
    if (record === undefined) continue;
    for (const { pointer, field, id } of referencesOf(record.kind, record.value)) {
      // ws.teacherIds includes teachers whose file failed the schema: their references are not unknown.
      if (ws.teacherIds.has(id)) continue;
      yield { file: record.file, pointer, params: { field, id, suggestion: suggest(id) } };
    }
  }
});

/** The teacher ids a record names, read defensively: the value may have failed its schema. */
export function referencesOf(kind: RecordKind, value: unknown): Reference[] {
  const found: Reference[] = [];
  const record = asObject(value);
  const add = (pointer: string, field: string, id: unknown): void => {
    if (typeof id === 'string' && ID_FORM.test(id)) found.push({ pointer, field, id });
  };
  switch (kind) {
    case 'config':
      add('/organization/curator', 'curator', asObject(record['organization'])['curator']);
      add('/organization/executor', 'executor', asObject(record['organization'])['executor']);
      break;
    case 'mentor':
      add('/teacher', 'teacher', record['teacher']);
      asArray(record['pairs']).forEach((pair, i) => add(`/pairs/${i}/mentee`, 'mentee', asObject(pair)['mentee']));
      break;
    case 'diagnostics':
      add('/teacher', 'teacher', record['teacher']);
      break;
    case 'route':
      add('/teacher', 'teacher', record['teacher']);
      add('/mentor', 'mentor', record['mentor']);
      break;
    case 'events':
      asArray(record['events']).forEach((event, i) => {
        const e = asObject(event);
        add(`/events/${i}/responsible`, 'responsible', e['responsible']);
        asArray(e['participants']).forEach((id, j) => add(`/events/${i}/participants/${j}`, 'participants', id));
      });
      break;
    default:
      break;
  }
  return found;
}

function asObject(value: unknown): Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

function asArray(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}
