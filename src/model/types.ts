// Model stage: the record types of the record format v1 (../shared/records.md), as parsed from YAML.

export type IsoDate = string; // YYYY-MM-DD
export type AcademicYear = string; // "2025/2026"

export const POSITIONS = [
  'educator',
  'senior_educator',
  'junior_educator',
  'music_director',
  'pe_instructor',
  'psychologist',
  'speech_therapist',
  'defectologist',
  'additional_education',
  'methodologist',
  'tutor',
] as const;
export type Position = (typeof POSITIONS)[number];

/** Positions that are not pedagogical: never counted, never mentor or mentee. */
export const NON_PEDAGOGICAL_POSITIONS: ReadonlySet<string> = new Set(['junior_educator']);

export const CATEGORIES = ['none', 'first', 'highest', 'methodist', 'mentor'] as const;
export const EDUCATION_LEVELS = ['higher', 'secondary_vocational', 'other'] as const;
export const PAIR_KINDS = ['traditional', 'group', 'short_term', 'reverse', 'situational', 'speed', 'virtual'] as const;
export const PAIR_ROLES = [
  'experienced_young',
  'leader_struggling',
  'innovator_conservative',
  'specialist_new_post',
] as const;
export const ASSESSMENT_KINDS = ['entry', 'midterm', 'final'] as const;
export const ITEM_STATUSES = ['planned', 'in_progress', 'done', 'cancelled'] as const;
export const BUILTIN_DIRECTIONS = [
  'normative',
  'documentation',
  'activity',
  'environment',
  'diagnostics',
  'family',
  'self_education',
  'courses',
  'methodical',
  'ict',
  'inclusive',
  'upbringing',
] as const;
export type BuiltinDirection = (typeof BUILTIN_DIRECTIONS)[number];

export interface Settings {
  mentor_max_mentees: number;
  mentor_min_experience_years: number;
  young_specialist_max_years: number;
  deficit_below: number;
  max_items_per_month: number;
  quarters: 'calendar' | 'academic';
  /** A latest score at or above this is a strength: showcase (`when: strength`) activities. */
  strength_from: number;
  /** A route's total of items, beside the monthly cap. */
  max_items_per_route: number;
}

export const DEFAULT_SETTINGS: Settings = {
  mentor_max_mentees: 2,
  mentor_min_experience_years: 3,
  young_specialist_max_years: 3,
  deficit_below: 1.0,
  max_items_per_month: 4,
  quarters: 'calendar',
  strength_from: 1.5,
  max_items_per_route: 20,
};

export interface Config {
  organization: {
    name: string;
    short_name?: string;
    city?: string;
    head: string;
    curator: string;
    /** v1.1: the исполнитель of reports (a teacher id); default the curator. */
    executor?: string;
    /** v1.1: printed beside the executor. */
    phone?: string;
    /** v1.1: for the report's heading. */
    address?: string;
  };
  programme: {
    title: string;
    target_coverage: number;
    /** v1.1: the приказ that approved the programme («УТВЕРЖДАЮ»). */
    approved?: { order: string; date: IsoDate };
    /** v1.1: the body that accepted it («ПРИНЯТО»). */
    accepted?: { body: string; protocol: string; date: IsoDate };
  };
  settings?: Partial<Settings> & { lang?: 'ru' | 'en' };
}

export interface Teacher {
  id: string;
  full_name: string;
  position: Position;
  group?: string;
  hired: IsoDate;
  left?: IsoDate;
  experience: { years: number; as_of: IsoDate };
  education: { level: string; institution: string; year: number; specialty: string };
  category: string;
  category_date?: IsoDate;
  category_valid_until?: IsoDate;
  courses?: { title: string; hours: number; year: number }[];
}

export interface Pair {
  mentee: string;
  kind: string;
  role: string;
  start: IsoDate;
  end: IsoDate;
  agreement?: { number: string; date: IsoDate };
  order?: string;
  ended_early?: { date: IsoDate; reason: string };
}

export interface MentorRecord {
  teacher: string;
  consent?: { date: IsoDate };
  expertise?: string[];
  max_mentees?: number;
  pairs: Pair[];
}

export interface Assessment {
  kind: 'entry' | 'midterm' | 'final';
  date: IsoDate;
  scores: Record<string, number>;
}

export interface DiagnosticsRecord {
  teacher: string;
  year: AcademicYear;
  assessments: Assessment[];
}

export interface RouteItem {
  id: string;
  direction: string;
  title: string;
  forms: string;
  due: IsoDate;
  result: string;
  status: 'planned' | 'in_progress' | 'done' | 'cancelled';
  done_on?: IsoDate;
  evidence?: string;
  /** Why a cancelled item was cancelled (printed in the document). */
  reason?: string;
}

export interface Meeting {
  date: IsoDate;
  topic: string;
  minutes: number;
  form?: string;
  recommendations?: string;
}

/** «УТВЕРЖДАЮ … Приказ от … № …». */
export interface Approval {
  order: string;
  date: IsoDate;
}

/** «ПРИНЯТО на … совете, протокол от … № …». */
export interface Acceptance {
  body: string;
  protocol: string;
  date: IsoDate;
}

/** The route's final section: заключение наставника, самоанализ, рекомендации. */
export interface Conclusion {
  date: IsoDate;
  mentor: string;
  mentee?: string;
  recommendations?: string;
}

export interface RouteRecord {
  teacher: string;
  mentor: string;
  year: AcademicYear;
  period: { start: IsoDate; end: IsoDate };
  approved?: IsoDate;
  approval?: Approval;
  accepted?: Acceptance;
  self_education_topic?: string;
  deficits: string[];
  goal: string;
  tasks: string[];
  items: RouteItem[];
  meetings?: Meeting[];
  conclusion?: Conclusion;
}

export interface CatalogActivity {
  id: string;
  title: string;
  forms: string;
  months: number[];
  result: string;
  when: 'always' | 'deficit' | 'strength';
  /** Only for these positions (default: every pedagogical one). */
  positions?: string[];
  /** Only for a teacher with a group of her own. */
  needs_group?: boolean;
  /** Never due sooner than this many days after the planning day. */
  lead_days?: number;
  /** newcomer: hired less than a year before the route starts; young: a young specialist. */
  for?: 'newcomer' | 'young' | 'any';
}

export interface CatalogRecord {
  direction: string;
  title: string;
  /** The route task for a teacher with this deficit (optional). */
  task?: string;
  activities: CatalogActivity[];
}

/** v1.1: the stages of a programme's дорожная карта, in their order. */
export const EVENT_STAGES = ['preparation', 'forming', 'work', 'closing', 'dissemination'] as const;
export const EVENT_KINDS = ['council', 'seminar', 'master_class', 'open_lesson', 'contest', 'training', 'other'] as const;

/** v1.1: one event of the programme's plan for the year (events/<year>.yaml). */
export interface ProgrammeEvent {
  id: string;
  title: string;
  stage: (typeof EVENT_STAGES)[number];
  kind: (typeof EVENT_KINDS)[number];
  date: IsoDate;
  responsible: string;
  expected: string;
  status: 'planned' | 'done' | 'cancelled';
  held_on?: IsoDate;
  participants?: string[];
  result?: string;
  reason?: string;
}

export interface EventsRecord {
  year: AcademicYear;
  events: ProgrammeEvent[];
}

export type SurveyAudience = 'mentees' | 'mentors';

/** v1.1: one questionnaire run (surveys/<year>/<id>.yaml); answers are anonymous, scores 1..10. */
export interface SurveyRecord {
  id: string;
  year: AcademicYear;
  date: IsoDate;
  title?: string;
  audience: SurveyAudience;
  questionnaire: string;
  responses: { answers: Record<string, number>; comment?: string }[];
}

/** v1.1: a questionnaire (questionnaires/<id>.yaml, or built in). */
export interface QuestionnaireRecord {
  id: string;
  title: string;
  audience: SurveyAudience;
  questions: { id: string; text: string }[];
}

/** The kind of a record file, decided by the folder it lives in. */
export type RecordKind = 'config' | 'teacher' | 'mentor' | 'diagnostics' | 'route' | 'catalog' | 'events' | 'survey' | 'questionnaire';
