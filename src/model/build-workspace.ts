// Model stage: assemble the Workspace from the records that passed the schema check.

import { BUILTIN_DIRECTION_TITLES } from './directions.js';
import {
  DEFAULT_SETTINGS,
  type CatalogRecord,
  type Config,
  type DiagnosticsRecord,
  type EventsRecord,
  type MentorRecord,
  type QuestionnaireRecord,
  type SurveyRecord,
  type RecordKind,
  type RouteRecord,
  type Teacher,
} from './types.js';
import type { Loaded, Workspace } from './workspace.js';
import { markPlaceholders } from './placeholders.js';

/** A record as the load stage hands it over: `valid` tells whether it passed its schema. */
export interface RecordInput {
  file: string;
  kind: RecordKind;
  stem: string;
  folderYear?: string;
  value: unknown;
  valid: boolean;
  /** JSON pointers of the values marked `# уточните` (placeholders that no figure counts). */
  placeholders?: string[];
}

export function buildWorkspace(records: readonly RecordInput[]): Workspace {
  const ws: Workspace = {
    settings: { ...DEFAULT_SETTINGS },
    teachers: [],
    mentors: [],
    diagnostics: [],
    routes: [],
    catalog: [],
    events: [],
    surveys: [],
    questionnaires: [],
    unchecked: [],
    teacherIds: new Set(),
    mentorIds: new Set(),
    directions: new Map(),
  };
  const teacherIds = new Set<string>();
  const mentorIds = new Set<string>();
  const directions = new Map<string, string>(Object.entries(BUILTIN_DIRECTION_TITLES));
  for (const record of records) {
    if (record.kind === 'teacher') teacherIds.add(record.stem);
    if (record.kind === 'mentor') mentorIds.add(record.stem);
    const loaded = { file: record.file, kind: record.kind, stem: record.stem, value: record.value } as Loaded<never>;
    if (record.folderYear !== undefined) loaded.folderYear = record.folderYear;
    if (record.placeholders !== undefined) markPlaceholders(record.value, record.placeholders);
    if (!record.valid) {
      if (record.value !== undefined) ws.unchecked.push(loaded);
      continue;
    }
    switch (record.kind) {
      case 'config':
        ws.config = loaded as Loaded<Config>;
        ws.settings = { ...DEFAULT_SETTINGS, ...(loaded as Loaded<Config>).value.settings };
        break;
      case 'teacher':
        teacherIds.add((loaded as Loaded<Teacher>).value.id);
        ws.teachers.push(loaded);
        break;
      case 'mentor':
        mentorIds.add((loaded as Loaded<MentorRecord>).value.teacher);
        ws.mentors.push(loaded as Loaded<MentorRecord>);
        break;
      case 'diagnostics':
        ws.diagnostics.push(loaded as Loaded<DiagnosticsRecord>);
        break;
      case 'route':
        ws.routes.push(loaded as Loaded<RouteRecord>);
        break;
      case 'events':
        ws.events.push(loaded as Loaded<EventsRecord>);
        break;
      case 'survey':
        ws.surveys.push(loaded as Loaded<SurveyRecord>);
        break;
      case 'questionnaire':
        ws.questionnaires.push(loaded as Loaded<QuestionnaireRecord>);
        break;
      case 'catalog': {
        const catalog = loaded as Loaded<CatalogRecord>;
        directions.set(catalog.value.direction, catalog.value.title);
        ws.catalog.push(catalog);
        break;
      }
    }
  }
  ws.teacherIds = teacherIds;
  ws.mentorIds = mentorIds;
  ws.directions = directions;
  return ws;
}
