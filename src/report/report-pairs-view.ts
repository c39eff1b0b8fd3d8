// Report stage (formats): section 2 of the printed report — the mentoring pairs and mentors' load.

import { formatDateLong, formatDateShort } from '../render/format.js';
import { countOf, ITEM, shortName } from './report-text.js';
import type { PairRow, Report } from './types.js';

export interface PairsView {
  /** «Наставнических пар в периоде: 6; начато — 1; завершено — 2, из них досрочно — 1.» */
  summary: string;
  list: {
    number: number;
    mentor: string;
    mentorPosition: string;
    mentee: string;
    menteePosition: string;
    kind: string;
    role: string;
    /** «01.09.2025 – 31.05.2026», «01.09.2025 – 20.01.2026 (досрочно)» */
    dates: string;
  }[];
  byKind: { label: string; active: number; started: number; ended: number }[];
  /** One sentence per pair ended early. */
  endedEarly: string[];
  mentorLoad: { mentor: string; position: string; mentees: number; peak: number; capacity: number; isOverCapacity: boolean }[];
}

export function buildPairsView(report: Report): PairsView {
  const { pairs } = report;
  return {
    summary:
      `Наставнических пар в периоде: ${pairs.active}; начато — ${pairs.started}; ` +
      `завершено — ${pairs.ended}, из них досрочно — ${pairs.ended_early}.`,
    list: pairs.list.map((row, i) => ({
      number: i + 1,
      mentor: row.mentor.name,
      mentorPosition: row.mentor.position,
      mentee: row.mentee.name,
      menteePosition: row.mentee.position,
      kind: row.kind_label,
      role: row.role_label,
      dates: `${formatDateShort(row.start)} – ${formatDateShort(row.end)}${row.ended_early === null ? '' : ' (досрочно)'}`,
    })),
    byKind: pairs.by_kind.map((k) => ({ label: k.label, active: k.active, started: k.started, ended: k.ended })),
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
