// Report stage: the report as data — the stable shape behind every format (JSON "1.1").

import type { Provenance } from '../model/provenance.js';

/** A period as the report states it: with its as-of date. */
export type ReportPeriod = Period & {
  /** min(today, period end): every figure is counted over [start, as_of]. */
  as_of: string;
};

/** A reporting period; `start` and `end` are both inside it. */
export interface Period {
  start: string;
  end: string;
  /** As people write it: «I квартал 2026 г.», «2025/2026 учебный год», «январь 2026 г.», … */
  label: string;
  /** The argument form: `2026Q1`, `2025/2026`, `2025/2026Q2`, `2026-01`, `2026-01-01..2026-03-31`. */
  code: string;
  kind: 'calendar-quarter' | 'academic-year' | 'academic-quarter' | 'month' | 'range';
}

/** A person as the report shows them: with --anonymize, `id` and `name` are both a code (Н-1, М-1). */
export interface PersonRef {
  id: string;
  name: string;
  /** Russian label of the position. */
  position: string;
}

/** A share with what it is made of; `ratio` is null when there is nobody to count. */
export interface Share {
  numerator: number;
  denominator: number;
  ratio: number | null;
}

export interface ItemCounts {
  /** Items due in the period, cancelled ones left out. */
  due: number;
  /** Of `due`, those due on or before as_of: every percentage's denominator. */
  due_by_as_of: number;
  /** Of `due`, those due after as_of («срок не наступил»); due_by_as_of + not_yet_due = due. */
  not_yet_due: number;
  /** Done on or before as_of, on time or late (an item done later counts as in progress). */
  done: number;
  /** Done by as_of though due after it (a part of `done` and of `not_yet_due`). */
  done_ahead: number;
  /** Done after their due date (a part of `done`). */
  done_late: number;
  /** Not done by as_of and due before min(today, period end + 1 day). */
  overdue: number;
  /** Status in_progress, or done after as_of (overdue or not). */
  in_progress: number;
  /** Status planned (overdue or not). */
  planned: number;
}

export interface PairRow {
  mentor: PersonRef;
  mentee: PersonRef;
  /** Codes and their Russian labels. */
  kind: string;
  kind_label: string;
  role: string;
  role_label: string;
  start: string;
  /** The last day: the early end when there is one, else the planned end. */
  end: string;
  ended_early: { date: string; reason: string } | null;
  /**
   * For a pair ended early: the items of the mentee's route of that academic year left undone on
   * its last day (a teacher who left is no overdue risk; her unfinished items are stated here);
   * null otherwise.
   */
  unfinished: number | null;
  started_in_period: boolean;
  ended_in_period: boolean;
}

export interface GroupRow {
  mentor: PersonRef;
  /** The mentees of its pairs active in the period. */
  mentees: PersonRef[];
  start: string;
  end: string;
  started_in_period: boolean;
  ended_in_period: boolean;
}

export type RiskCode =
  | 'pair-without-route'
  | 'no-recent-meetings'
  | 'overdue-items'
  | 'stalled-route'
  | 'mentor-over-capacity'
  | 'pair-ending-unfinished'
  | 'young-specialist-without-mentor'
  | 'courses-outdated'
  | 'category-expired'
  | 'category-expiring';

export interface Risk {
  code: RiskCode;
  person: PersonRef;
  /** The values the risk's sentence names (counts, dates, the other person's code or name). */
  params: Record<string, string | number>;
}

/** A retention share (закрепляемость) with the young specialists it counts; `people` empty when anonymized. */
export interface RetentionFigure extends Share {
  people: { person: PersonRef; hired: string; anniversary: string; retained: boolean }[];
}

/** v1.1: an event of the programme as it stood on as_of. */
export interface EventRow {
  id: string;
  title: string;
  stage: string;
  stage_label: string;
  kind: string;
  kind_label: string;
  /** The planned date. */
  date: string;
  /** The day it was held, when held by as_of. */
  held_on: string | null;
  status: 'done' | 'cancelled' | 'overdue' | 'planned';
  responsible: PersonRef;
  expected: string;
  /** Participants listed for a held event; 0 otherwise. */
  participants: number;
  /** The result of a held event, or the reason of a cancelled one. */
  result: string | null;
}

/** v1.1: one survey of the period. */
export interface SurveySummary {
  id: string;
  title: string;
  date: string;
  audience: 'mentees' | 'mentors';
  questionnaire: string;
  responses: number;
  /** Participants of the audience in pairs active on the survey's date. */
  invited: number;
  /** responses ÷ invited to 4 decimals; null when nobody was in a pair that day. */
  response_rate: number | null;
  /** Each question: its mean score (1..10, 2 decimals) over the answers given; null with none. */
  questions: { id: string; text: string; answers: number; mean: number | null }[];
  /** The mean of every score given. */
  mean: number | null;
  /** Free comments; empty when anonymized. */
  comments: string[];
}

export interface DirectionGrowth {
  direction: string;
  title: string;
  /** Mentees with both an entry and a later assessment of this direction. */
  teachers: number;
  /** Mean scores (0–2), rounded to 2 decimals; null when nobody has both. */
  entry: number | null;
  latest: number | null;
  change: number | null;
}

export interface Report {
  /** The shape's version: "1.1" adds period.as_of, items.due_by_as_of/not_yet_due/done_ahead, retention, events, surveys, notes, staff_by_position, pairs.groups. */
  version: '1.1';
  /** Where the figures come from: the records' commit, the tool, the day (set by the CLI). */
  provenance?: Provenance;
  period: ReportPeriod;
  /** The day the report was made on; the figures are counted on `period.as_of`. */
  today: string;
  anonymized: boolean;
  organization: {
    name: string;
    short_name: string | null;
    city: string | null;
    /** v1.1: for the heading. */
    address: string | null;
    /** The заведующий, who signs the report; never anonymised. */
    head: string;
    curator: PersonRef | null;
    /** v1.1: the исполнитель (organization.executor, else the curator) with the phone; never anonymised. */
    executor: (PersonRef & { phone: string | null }) | null;
  };
  programme: {
    title: string;
    /** v1.1: the приказ that approved the programme, and the body that accepted it. */
    approved: { order: string; date: string } | null;
    accepted: { body: string; protocol: string; date: string } | null;
  };
  /** v1.1: pedagogical teachers employed in [start, as_of] by position (code, Russian label, count). */
  staff_by_position: { position: string; label: string; count: number }[];
  coverage: {
    staff: Share & { target: number; meets_target: boolean };
    young_specialists: Share;
  };
  /** v1.1: retention of young specialists one and three years after hire (see retention.ts). */
  retention: { one_year: RetentionFigure; three_years: RetentionFigure };
  pairs: {
    /**
     * Pairs active on some day of [start, as_of]; group mentoring counts as groups (one mentor's
     * overlapping `group` pairs are one group, however many mentees), here and in started/ended.
     */
    active: number;
    started: number;
    /** Pairs (and groups) whose last day is within [start, as_of]: those still running are active, not ended. */
    ended: number;
    /** Pairs (one per mentee, groups too) ended early within [start, as_of]. */
    ended_early: number;
    /** `active` counts pairs or groups; `mentees`, the mentees in the active ones. */
    by_kind: { kind: string; label: string; active: number; mentees: number; started: number; ended: number }[];
    /** Every pair active in the period, one row per mentee (members of a group too). */
    list: PairRow[];
    /** v1.1: the groups active in the period. */
    groups: GroupRow[];
    mentor_load: { mentor: PersonRef; mentees: number; peak: number; capacity: number }[];
  };
  items: ItemCounts & {
    by_direction: (ItemCounts & { direction: string; title: string })[];
    by_mentee: (ItemCounts & { mentee: PersonRef })[];
  };
  /** v1.1: the programme's events of the period (events/<year>.yaml). */
  events: { held: number; cancelled: number; overdue: number; planned: number; participants: number; list: EventRow[] };
  /** v1.1: the surveys held in [start, as_of]. */
  surveys: SurveySummary[];
  meetings: { held: number; minutes: number; by_mentee: { mentee: PersonRef; held: number; minutes: number }[] };
  /** v1.1: notes/<period>.md as written (Markdown), printed as «Выводы и задачи на следующий период»; null without one. */
  notes: string | null;
  /** Empty when anonymized: self-assessment results are confidential. */
  growth: DirectionGrowth[];
  risks: Risk[];
}
