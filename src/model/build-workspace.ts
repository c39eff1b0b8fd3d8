// Model stage: assemble the Workspace from the records that passed the schema check.

import { BUILTIN_DIRECTION_TITLES } from './directions.js';
import {
  DEFAULT_SETTINGS,
  type CatalogRecord,
  type Config,
  type MentorRecord,
  type RecordKind,
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

/** The list of the Workspace each kind of record joins (`mentor.yaml` is one record, not a list). */
const LISTS = {
  teacher: 'teachers',
  mentor: 'mentors',
  diagnostics: 'diagnostics',
  route: 'routes',
  catalog: 'catalog',
  events: 'events',
  survey: 'surveys',
  questionnaire: 'questionnaires',
} as const satisfies Record<Exclude<RecordKind, 'config'>, keyof Workspace>;

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
    if (record.kind === 'config') {
      ws.config = loaded as Loaded<Config>;
      ws.settings = { ...DEFAULT_SETTINGS, ...ws.config.value.settings };
      continue;
    }
    (ws[LISTS[record.kind]] as Loaded<unknown>[]).push(loaded);
    // Ids and titles in the order of the records: suggestions list them in that order.
    if (record.kind === 'teacher') teacherIds.add((loaded as Loaded<Teacher>).value.id);
    if (record.kind === 'mentor') mentorIds.add((loaded as Loaded<MentorRecord>).value.teacher);
    if (record.kind === 'catalog') {
      const { direction, title } = (loaded as Loaded<CatalogRecord>).value;
      directions.set(direction, title);
    }
  }
  ws.teacherIds = teacherIds;
  ws.mentorIds = mentorIds;
  ws.directions = directions;
  return ws;
}
