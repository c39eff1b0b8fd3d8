// Report stage (formats): section 2 of the printed report — the mentoring pairs and mentors' load.

import { countOf, formatDateLong, formatDateShort, type Noun, shortName } from '../model/russian.js';
import { compareNames } from './people.js';
import { ITEM, MENTEE } from './report-text.js';
import type { GroupRow, PairRow, Report } from './types.js';

/** «у 1 наставляемого», «у 2 наставляемых»: counted after «у». */
const MENTEE_GENITIVE_COUNT: Noun = { ...MENTEE, one: 'наставляемого', few: 'наставляемых', many: 'наставляемых' };

export interface PairsView {
  /** «Наставнических пар в периоде: 4, групп: 1 (в них 2 наставляемых); начато — 1; завершено — 0.» */
  summary: string;
  /** The form of mentoring, stated once above the table. */
  form: string;
  /** One row per pair, and one per group with all its mentees. */
  list: {
    number: number;
    mentor: string;
    mentorPosition: string;
    /** The first mentee (of a group, the first by name); `mentees` holds them all. */
    mentee: string;
    menteePosition: string;
    mentees: { name: string; position: string }[];
    isGroup: boolean;
    kind: string;
    role: string;
    /** «01.09.2025 – 31.05.2026», «01.09.2025 – 20.01.2026 (досрочно)» */
    dates: string;
  }[];
  byKind: { label: string; active: number; mentees: number; started: number; ended: number }[];
  /** One sentence per pair ended early. */
  endedEarly: string[];
  mentorLoad: { mentor: string; position: string; mentees: number; peak: number; capacity: number; isOverCapacity: boolean }[];
}

/** The form of mentoring of a kindergarten's teachers (целевая модель, Р-145): one for every pair. */
export const PAIR_FORM = 'Форма наставничества — «педагог — педагог».';

type ListRow = Omit<PairsView['list'][number], 'number'>;

export function buildPairsView(report: Report): PairsView {
  const { pairs } = report;
  const groups = pairs.groups.length;
  const inGroups = pairs.groups.reduce((sum, g) => sum + g.mentees.length, 0);
  const units =
    `Наставнических пар в периоде: ${pairs.active - groups}` +
    (groups === 0 ? '' : `, наставнических групп: ${groups} (в них ${countOf(inGroups, MENTEE)})`);
  const early = pairs.ended_early === 0 ? '' : `; досрочно прекращено наставничество у ${countOf(pairs.ended_early, MENTEE_GENITIVE_COUNT)}`;
  const rows: ListRow[] = [
    ...pairs.list.filter((row) => row.kind !== 'group').map((row) => pairListRow(row)),
    ...pairs.groups.map((g) => groupListRow(g, pairs.list)),
  ].sort((a, b) => compareNames(a.mentor, b.mentor) || compareNames(a.mentee, b.mentee));
  return {
    summary: `${units}; начато — ${pairs.started}; завершено — ${pairs.ended}${early}.`,
    form: PAIR_FORM,
    list: rows.map((row, i) => ({ number: i + 1, ...row })),
    byKind: pairs.by_kind.map((k) => ({ label: k.label, active: k.active, mentees: k.mentees, started: k.started, ended: k.ended })),
    endedEarly: pairs.list.flatMap((row) => (row.ended_early === null ? [] : [endedEarlySentence(row, row.ended_early, report.anonymized)])),
    mentorLoad: pairs.mentor_load.map((m) => ({
      mentor: m.mentor.name,
      position: m.mentor.position,
      mentees: m.mentees,
      peak: m.peak,
      capacity: m.capacity,
      isOverCapacity: m.peak > m.capacity,
    })),
  };
}

/** A pair's row: one mentee. */
function pairListRow(row: PairRow): ListRow {
  return {
    mentor: row.mentor.name,
    mentorPosition: row.mentor.position,
    mentee: row.mentee.name,
    menteePosition: row.mentee.position,
    mentees: [{ name: row.mentee.name, position: row.mentee.position }],
    isGroup: false,
    kind: row.kind_label,
    role: row.role_label,
    dates: `${formatDateShort(row.start)} – ${formatDateShort(row.end)}${row.ended_early === null ? '' : ' (досрочно)'}`,
  };
}

/** A group's row: its mentor, every mentee, the role of its first pair, its first and last day. */
function groupListRow(group: GroupRow, list: readonly PairRow[]): ListRow {
  const first = list.find((row) => row.kind === 'group' && row.mentor.id === group.mentor.id && group.mentees.some((m) => m.id === row.mentee.id));
  const mentees = group.mentees.map((m) => ({ name: m.name, position: m.position }));
  return {
    mentor: group.mentor.name,
    mentorPosition: group.mentor.position,
    mentee: mentees[0]?.name ?? '',
    menteePosition: mentees[0]?.position ?? '',
    mentees,
    isGroup: true,
    kind: `${first?.kind_label ?? 'в группе'} (${countOf(mentees.length, MENTEE)})`,
    role: first?.role_label ?? '',
    dates: `${formatDateShort(group.start)} – ${formatDateShort(group.end)}`,
  };
}

/** «Орлова Д. В. (наставник — Смирнова Т. Н.): прекращено 20 января 2026 г.; причина — …» */
function endedEarlySentence(row: PairRow, ended: { date: string; reason: string }, isAnonymized: boolean): string {
  const head = `${shortName(row.mentee.name)} (наставник — ${shortName(row.mentor.name)}): прекращено ${formatDateLong(ended.date)}`;
  const reason = ended.reason.trim();
  const open = row.unfinished === null || row.unfinished === 0 ? '' : `; не выполнено ${countOf(row.unfinished, ITEM)} ИОМ`;
  // An anonymised report drops the reasons, which may name people; saying so would only add noise.
  // The date ends in «г.», which already ends the sentence.
  if (reason === '') return isAnonymized ? (open === '' ? head : `${head}${open}.`) : `${head}; причина не указана${open}.`;
  return `${head}; причина — ${reason.replace(/[.\s]+$/, '')}${open}.`;
}
