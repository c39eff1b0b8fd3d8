// Test helper: a Workspace from partial records with sensible defaults, for unit tests of rules.

import { BUILTIN_DIRECTION_TITLES } from '../../src/model/directions.js';
import {
  DEFAULT_SETTINGS,
  type CatalogRecord,
  type Config,
  type DiagnosticsRecord,
  type EventsRecord,
  type QuestionnaireRecord,
  type SurveyRecord,
  type MentorRecord,
  type Pair,
  type RecordKind,
  type RouteItem,
  type RouteRecord,
  type Settings,
  type Teacher,
} from '../../src/model/types.js';
import type { Loaded, RuleContext, Workspace } from '../../src/model/workspace.js';
import { yearFolderName } from '../../src/model/dates.js';

/** Fields may be left out (take the default) or set to undefined (leave the field out). */
type Patch<T> = { [K in keyof T]?: T[K] | undefined };
/** `file` overrides the derived path (its stem and year folder follow it). */
type WithFile<T> = T & { file?: string };

export type PairInput = Patch<Pair>;
export type MentorInput = WithFile<Patch<Omit<MentorRecord, 'pairs'>> & { pairs?: PairInput[] }>;
export type RouteInput = WithFile<Patch<Omit<RouteRecord, 'items'>> & { items?: Patch<RouteItem>[] }>;

export interface WorkspaceInput {
  config?: Patch<Config>;
  settings?: Partial<Settings>;
  teachers?: WithFile<Patch<Teacher>>[];
  mentors?: MentorInput[];
  diagnostics?: WithFile<Patch<DiagnosticsRecord>>[];
  routes?: RouteInput[];
  catalog?: WithFile<Patch<CatalogRecord>>[];
  /** v1.1 records, as they are (no defaults). */
  events?: EventsRecord[];
  surveys?: SurveyRecord[];
  questionnaires?: QuestionnaireRecord[];
  /** Ids of teacher files that failed their schema: known, but with no record. */
  extraTeacherIds?: string[];
}

export const TODAY = '2026-03-20';
export const CTX: RuleContext = { today: TODAY };

/** Merges a patch over defaults; keys patched to undefined are removed. */
function merge<T extends object>(defaults: T, patch: object): T {
  const out: Record<string, unknown> = { ...(defaults as Record<string, unknown>), ...patch };
  for (const [key, value] of Object.entries(out)) if (value === undefined) delete out[key];
  delete out['file'];
  return out as T;
}

/** A v1.1 record at its path, as given. */
export function loadedRecord<T>(kind: RecordKind, file: string, value: T): Loaded<T> {
  return loaded(kind, file, value);
}

function loaded<T>(kind: RecordKind, file: string, value: T): Loaded<T> {
  const parts = file.split('/');
  const stem = (parts[parts.length - 1] ?? '').replace(/\.yaml$/, '');
  const record: Loaded<T> = { file, kind, stem, value };
  if (parts.length === 3 && parts[1] !== undefined) record.folderYear = parts[1];
  return record;
}

export function teacher(patch: WithFile<Patch<Teacher>> = {}): Loaded<Teacher> {
  const value = merge<Teacher>(
    {
      id: 'ivanova-ma',
      full_name: 'Иванова Мария Алексеевна',
      position: 'educator',
      hired: '2020-08-25',
      experience: { years: 10, as_of: '2020-08-25' },
      education: { level: 'higher', institution: 'ВоГУ', year: 2010, specialty: 'Дошкольное образование' },
      category: 'first',
    },
    patch,
  );
  return loaded('teacher', patch.file ?? `teachers/${value.id}.yaml`, value);
}

export function pair(patch: PairInput = {}): Pair {
  return merge<Pair>(
    {
      mentee: 'ivanova-ma',
      kind: 'traditional',
      role: 'experienced_young',
      start: '2025-09-01',
      end: '2026-05-31',
      agreement: { number: '12', date: '2025-09-01' },
    },
    patch,
  );
}

export function mentor(patch: MentorInput = {}): Loaded<MentorRecord> {
  const value = merge<MentorRecord>({ teacher: 'petrova-ov', consent: { date: '2025-08-28' }, pairs: [] }, patch);
  value.pairs = (patch.pairs ?? []).map(pair);
  return loaded('mentor', patch.file ?? `mentors/${value.teacher}.yaml`, value);
}

export function diagnostics(patch: WithFile<Patch<DiagnosticsRecord>> = {}): Loaded<DiagnosticsRecord> {
  const value = merge<DiagnosticsRecord>(
    {
      teacher: 'ivanova-ma',
      year: '2025/2026',
      assessments: [{ kind: 'entry', date: '2025-09-12', scores: { normative: 0.8, family: 1.5 } }],
    },
    patch,
  );
  return loaded('diagnostics', patch.file ?? `diagnostics/${yearFolderName(value.year)}/${value.teacher}.yaml`, value);
}

export function item(patch: Patch<RouteItem> = {}): RouteItem {
  return merge<RouteItem>(
    {
      id: 'normative-fop',
      direction: 'normative',
      title: 'Изучение ФОП ДО',
      forms: 'Самостоятельное изучение',
      due: '2025-09-30',
      result: 'Конспект',
      status: 'planned',
    },
    patch,
  );
}

export function route(patch: RouteInput = {}): Loaded<RouteRecord> {
  const value = merge<RouteRecord>(
    {
      teacher: 'ivanova-ma',
      mentor: 'petrova-ov',
      year: '2025/2026',
      period: { start: '2025-09-15', end: '2026-05-31' },
      deficits: ['family'],
      goal: 'Профессиональная адаптация',
      tasks: ['Выстроить взаимодействие с семьями'],
      items: [],
    },
    patch,
  );
  value.items = (patch.items ?? [{}]).map(item);
  return loaded('route', patch.file ?? `routes/${yearFolderName(value.year)}/${value.teacher}.yaml`, value);
}

export function catalog(patch: WithFile<Patch<CatalogRecord>> = {}): Loaded<CatalogRecord> {
  const value = merge<CatalogRecord>(
    {
      direction: 'family',
      title: 'Взаимодействие с семьями воспитанников',
      activities: [
        { id: 'family-meeting', title: 'Родительское собрание', forms: 'С наставником', months: [10], result: 'Протокол', when: 'always' },
      ],
    },
    patch,
  );
  return loaded('catalog', patch.file ?? `catalog/${value.direction}.yaml`, value);
}

export function config(patch: Patch<Config> = {}): Loaded<Config> {
  const value = merge<Config>(
    {
      organization: { name: 'МБДОУ «Детский сад № 12»', head: 'Сидорова Наталья Ивановна', curator: 'petrova-ov' },
      programme: { title: 'Программа наставничества', target_coverage: 0.7 },
    },
    patch,
  );
  return loaded('config', 'mentor.yaml', value);
}

/**
 * Builds a Workspace. With no `teachers` given, it holds the two usual ones: mentor petrova-ov
 * (20 years of experience) and young educator ivanova-ma.
 */
export function buildWorkspace(input: WorkspaceInput = {}): Workspace {
  const teachers = (input.teachers ?? DEFAULT_TEACHERS).map(teacher);
  const mentors = (input.mentors ?? []).map(mentor);
  const ws: Workspace = {
    settings: { ...DEFAULT_SETTINGS, ...input.settings },
    teachers,
    mentors,
    diagnostics: (input.diagnostics ?? []).map(diagnostics),
    routes: (input.routes ?? []).map(route),
    catalog: (input.catalog ?? []).map(catalog),
    events: (input.events ?? []).map((e) => loadedRecord('events', `events/${yearFolderName(e.year)}.yaml`, e)),
    surveys: (input.surveys ?? []).map((s) => loadedRecord('survey', `surveys/${yearFolderName(s.year)}/${s.id}.yaml`, s)),
    questionnaires: (input.questionnaires ?? []).map((q) => loadedRecord('questionnaire', `questionnaires/${q.id}.yaml`, q)),
    unchecked: [],
    teacherIds: new Set([...teachers.map((t) => t.value.id), ...(input.extraTeacherIds ?? [])]),
    mentorIds: new Set(mentors.map((m) => m.value.teacher)),
    directions: new Map<string, string>(Object.entries(BUILTIN_DIRECTION_TITLES)),
  };
  if (input.config) ws.config = config(input.config);
  for (const c of ws.catalog) (ws.directions as Map<string, string>).set(c.value.direction, c.value.title);
  return ws;
}

export const DEFAULT_TEACHERS: WithFile<Patch<Teacher>>[] = [
  { id: 'petrova-ov', full_name: 'Петрова Ольга Викторовна', hired: '2010-09-01', experience: { years: 20, as_of: '2025-09-01' } },
  { id: 'ivanova-ma', hired: '2025-08-25', experience: { years: 0, as_of: '2025-08-25' } },
];
