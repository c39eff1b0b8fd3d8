// Model stage: the Workspace — every schema-valid record of a workspace, by kind, with its file.

import type {
  CatalogRecord,
  Config,
  DiagnosticsRecord,
  EventsRecord,
  MentorRecord,
  QuestionnaireRecord,
  SurveyRecord,
  RecordKind,
  RouteRecord,
  Settings,
  Teacher,
} from './types.js';

/** One record that passed the schema check, with where it came from. */
export interface Loaded<T> {
  /** Path relative to the workspace root, forward slashes. */
  file: string;
  kind: RecordKind;
  /** The file name without `.yaml`: the record's id by the format's rule. */
  stem: string;
  /** For diagnostics/<year>/ and routes/<year>/: the folder name, e.g. `2025-2026`. */
  folderYear?: string;
  value: T;
}

export interface Workspace {
  config?: Loaded<Config>;
  /** The programme settings: `mentor.yaml` settings over the defaults. */
  settings: Settings;
  teachers: Loaded<Teacher>[];
  mentors: Loaded<MentorRecord>[];
  diagnostics: Loaded<DiagnosticsRecord>[];
  routes: Loaded<RouteRecord>[];
  catalog: Loaded<CatalogRecord>[];
  /** v1.1: events/<year>.yaml, the programme's plan of events for a year. */
  events: Loaded<EventsRecord>[];
  /** v1.1: surveys/<year>/<id>.yaml. */
  surveys: Loaded<SurveyRecord>[];
  /** v1.1: the workspace's own questionnaires/<id>.yaml (the built-in ones are in model/questionnaires.ts). */
  questionnaires: Loaded<QuestionnaireRecord>[];
  /**
   * Records that failed their schema, as parsed. Rules leave them alone, except those that can
   * read them defensively (references), so that one schema error does not hide a typo beside it.
   */
  unchecked: Loaded<unknown>[];
  /**
   * Ids of every teacher file present, valid or not, so that a teacher record with a schema
   * error does not also make every reference to it "unknown".
   */
  teacherIds: ReadonlySet<string>;
  /** Teacher ids of every mentors/ file present, valid or not (for the same reason). */
  mentorIds: ReadonlySet<string>;
  /** Direction code → Russian title: the built-in nine plus the workspace's `catalog/`. */
  directions: ReadonlyMap<string, string>;
}

export interface RuleContext {
  /** The reference date for "in the future" checks, `YYYY-MM-DD`. */
  today: string;
}
