// Model: the table of problem ids and the parameters each one's message names. Every problem is
// built against it (model/problem.ts) and both message catalogues are typed by it (messages/).
//
// To add a problem: add its id and parameters to one of the two tables below, then its entry to
// messages/en and messages/ru (the compiler lists what is missing), then build it with `problem()`
// or, in a workspace rule, return it from the rule's `find`.

/** A problem whose message names nothing but its place. */
export type NoParams = Record<string, never>;

type Text = string;
/** An ISO date, `YYYY-MM-DD`. */
type IsoDate = string;
/** An academic year, `2025/2026`. */
type AcademicYear = string;
/** A teacher id, `ivanova-ma`. */
type TeacherId = string;

export type PairRole = 'mentor' | 'mentee';

/** The kinds of record duplicate-id compares (the catalog's activities count on their own). */
export type DuplicateKind = 'teacher' | 'mentor' | 'diagnostics' | 'route' | 'catalog' | 'activity';

/** A field's name and its value as the file shows it: the schema layer's usual pair. */
type FieldValue = {
  field: Text;
  value: Text;
};

/** Problems of files, YAML and the schema layer: their texts are in messages/<lang>/files.ts. */
export interface FileProblemParams {
  'unknown-file': { expected: Text };
  /** `size` in MB with one decimal, `limit` in whole MB. */
  'file-too-large': { size: Text; limit: number };
  'file-unreadable': { reason: Text };
  'file-outside-workspace': { target: Text };
  'file-not-regular': { kind: Text };
  'file-not-utf8': { byte: number };
  /** `rule` is absent when the file's overall bound hid problems of several kinds. */
  'problems-truncated': { count: number; rule?: Text };
  'wrong-folder': { kind: Text; folder: Text };
  'yaml-syntax': { detail: Text };
  'yaml-duplicate-key': { detail: Text };
  'file-empty': NoParams;
  'file-not-mapping': NoParams;
  'yaml-alias-bomb': { limit: number };
  'yaml-odd-space': { code: Text };
  'yaml-too-deep': { limit: number };
  'schema-required': { field: Text };
  /** `schemaPath` is only carried until the did-you-mean `suggestion` is added. */
  'schema-unknown-field': { field: Text; schemaPath?: Text; suggestion?: Text };
  'schema-enum': FieldValue & { allowed: Text };
  'schema-type': FieldValue & { expected: Text };
  'schema-date-format': FieldValue;
  'schema-date-invalid': FieldValue;
  'schema-date-range': FieldValue & { from: number; to: number };
  'schema-id-format': FieldValue;
  'schema-year-format': FieldValue;
  'schema-pattern': FieldValue & { pattern: Text };
  'schema-range': FieldValue & { comparison: Text; limit: number };
  'schema-empty': { field: Text };
  'schema-too-few': { field: Text; limit: number };
  'schema-repeated-item': { field: Text };
  'schema-key-format': { field: Text; key: Text };
  'schema-invalid': { field: Text; detail: Text };
  /** A field of init's marked `# уточните`: a dotted path such as `education.institution`. */
  placeholder: { field: Text };
  /** `from`: the folder comes from the record's own `year:`, or from the academic year of --today. */
  'record-outside-year-folder': { folder: Text; expected: Text; year: AcademicYear; from: 'record' | 'today' };
  /** `key` may be '' when the text before the colon is no key. */
  'yaml-colon-space': { key: Text };
  'yaml-odd-space-colon': { key: Text; code: Text };
  'yaml-tab-indent': NoParams;
  'yaml-unclosed-quote': { quote: Text };
  'yaml-unclosed-bracket': { bracket: Text; closing: Text };
  'yaml-line-without-colon': NoParams;
  'yaml-colon-in-value': NoParams;
  'yaml-bad-indent': { detail: Text };
  'yaml-bad-escape': { detail: Text };
  'yaml-special-char': { detail: Text };
  'yaml-documents': { detail: Text };
  'yaml-unexpected': { detail: Text };
  /** `fixed`: the value as it should be written (`2025-09-01`, `0.5`). */
  'schema-date-dmy': FieldValue & { fixed: Text };
  'schema-decimal-comma': FieldValue & { fixed: Text };
  'schema-enum-russian': FieldValue & { code: Text };
  /** `fields` and `template` are filled in once the record's schema is known (refine-problems.ts). */
  'schema-empty-mapping': { field: Text; fields: Text; template: Text };
}

/**
 * Problems of the workspace rules (validate/rules/, one per id) and the score range of the schema
 * layer: their texts are in messages/<lang>/rules.ts. Dates are ISO; `first` counts from 1.
 */
export interface RuleProblemParams {
  'unknown-reference': { field: Text; id: TeacherId; suggestion: Text };
  'route-mentor-not-mentor': { mentor: TeacherId; teacher: TeacherId };
  'id-file-mismatch': { field: Text; id: Text; stem: Text };
  'wrong-year-folder': { year: AcademicYear; folder: Text; expected: Text };
  'duplicate-id': { kind: DuplicateKind; id: Text; first: Text };
  'duplicate-item-id': { id: Text; first: number };
  'non-pedagogical-participant': { teacher: TeacherId; position: Text; role: PairRole };
  'self-mentoring': { teacher: TeacherId };
  'mentor-over-capacity': { mentor: TeacherId; count: number; max: number; date: IsoDate };
  'mentor-experience-low': { mentor: TeacherId; mentee: TeacherId; years: number; min: number; date: IsoDate };
  'consent-missing': { mentor: TeacherId; start: IsoDate; since: IsoDate };
  'consent-after-start': { mentor: TeacherId; mentee: TeacherId; consent: IsoDate; start: IsoDate };
  'agreement-missing': { mentor: TeacherId; mentee: TeacherId; start: IsoDate };
  'pair-end-before-start': { mentee: TeacherId; start: IsoDate; end: IsoDate; field: 'end' | 'ended_early' };
  'pair-early-end-after-end': { mentee: TeacherId; date: IsoDate; end: IsoDate };
  'pair-outside-employment': { teacher: TeacherId; role: PairRole; edge: 'hired' | 'left'; date: IsoDate; limit: IsoDate };
  'route-without-pair': { teacher: TeacherId; mentor: TeacherId; start: IsoDate; end: IsoDate };
  'route-period-reversed': { start: IsoDate; end: IsoDate };
  'route-period-outside-year': {
    year: AcademicYear;
    yearStart: IsoDate;
    yearEnd: IsoDate;
    edge: 'start' | 'end';
    date: IsoDate;
  };
  'item-due-outside-period': { id: Text; due: IsoDate; start: IsoDate; end: IsoDate };
  'done-without-date': { id: Text };
  'date-without-done': { id: Text; status: Text; date: IsoDate };
  'reason-without-cancel': { id: Text; status: Text };
  'done-in-future': { id: Text; date: IsoDate; today: IsoDate };
  'meeting-in-future': { date: IsoDate; today: IsoDate };
  'unknown-direction': { code: Text; suggestion: Text };
  'duplicate-assessment': { kind: Text; first: number };
  'assessment-outside-year': { date: IsoDate; year: AcademicYear; yearStart: IsoDate; yearEnd: IsoDate };
  'assessment-in-future': { date: IsoDate; today: IsoDate };
  'score-out-of-range': { direction: Text; value: Text };
  /** missing: done without held_on; unexpected: held_on without done; future: held after today. */
  'event-held-date':
    | { id: Text; issue: 'missing'; status: Text }
    | { id: Text; issue: 'unexpected'; status: Text }
    | { id: Text; issue: 'future'; date: IsoDate; today: IsoDate };
  'event-outside-year': {
    id: Text;
    field: 'date' | 'held_on';
    date: IsoDate;
    year: AcademicYear;
    start: IsoDate;
    end: IsoDate;
  };
  /** `question` is empty when the questionnaire itself is unknown; `known` lists its questions. */
  'survey-unknown-question': { questionnaire: Text; question: Text; known?: Text };
  'survey-audience-mismatch': { questionnaire: Text; audience: Text; expected: Text };
}

export interface ProblemParams extends FileProblemParams, RuleProblemParams {}

export type ProblemId = keyof ProblemParams;

/** The ids a workspace rule may emit: those whose messages are in messages/<lang>/rules.ts. */
export type RuleProblemId = keyof RuleProblemParams;
