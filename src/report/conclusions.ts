// Report stage (formats): «Выводы и задачи на следующий период» — the methodist's notes, else what the figures say.

import { countOf } from '../model/russian.js';
import { doneRatio } from './item-status.js';
import { formatPercent, ITEM, RISK } from './report-text.js';
import type { Report } from './types.js';

/** A block of the section: a paragraph, or a bulleted list. */
export interface NoteBlock {
  isList: boolean;
  /** A «# …» line of its own: a subheading. */
  isHeading: boolean;
  /** A paragraph's text ('' for a list). */
  text: string;
  /** A list's items (empty for a paragraph). */
  items: string[];
}

export interface ConclusionsView {
  /** From notes/<period>.md; false when the section says what the figures say. */
  fromNotes: boolean;
  blocks: NoteBlock[];
  /** Without notes: the lines left for the methodist to write the tasks on. */
  blankLines: number;
}


export function buildConclusions(report: Report): ConclusionsView {
  if (report.notes !== null && report.notes.trim() !== '') return { fromNotes: true, blocks: parseNotes(report.notes), blankLines: 0 };
  return { fromNotes: false, blocks: [{ isList: true, isHeading: false, text: '', items: figureSentences(report) }], blankLines: 4 };
}

/** What the figures say: coverage against its target, routes, events, risks. */
function figureSentences(report: Report): string[] {
  const { staff } = report.coverage;
  const sentences: string[] = [];
  if (staff.ratio !== null) {
    sentences.push(
      `Охват педагогических работников наставничеством — ${formatPercent(staff.ratio)} при целевом значении ${formatPercent(staff.target)}: ` +
        `цель ${staff.meets_target ? 'достигнута' : 'не достигнута'}.`,
    );
  }
  const done = doneRatio(report.items);
  if (done !== null) {
    sentences.push(
      `Выполнено ${formatPercent(done)} мероприятий ИОМ, срок которых наступил; просрочено — ${countOf(report.items.overdue, ITEM)}.`,
    );
  }
  const { events } = report;
  if (events.list.length > 0) sentences.push(`Проведено мероприятий дорожной карты: ${events.held} из ${events.list.length}.`);
  sentences.push(report.risks.length === 0 ? 'Рисков не выявлено.' : `Выявлено ${countOf(report.risks.length, RISK)} (раздел 8).`);
  return sentences;
}


/** Paragraphs (separated by blank lines), «- » / «* » / «1. » lists, and «#» subheadings. */
export function parseNotes(text: string): NoteBlock[] {
  const blocks: NoteBlock[] = [];
  for (const chunk of text.replace(/\r\n?/g, '\n').split(/\n\s*\n/)) {
    const lines = chunk.split('\n').map((l) => l.trim()).filter((l) => l !== '');
    if (lines.length === 0) continue;
    const bullet = /^(?:[-*•]|\d+[.)])\s+/;
    // A heading line opens its chunk: «# Выводы» then, maybe without a blank line, its text.
    if (/^#+\s/.test(lines[0]!)) {
      blocks.push({ isList: false, isHeading: true, text: lines[0]!.replace(/^#+\s*/, ''), items: [] });
      lines.shift();
      if (lines.length === 0) continue;
    }
    if (lines.every((l) => bullet.test(l))) {
      blocks.push({ isList: true, isHeading: false, text: '', items: lines.map((l) => l.replace(bullet, '')) });
      continue;
    }
    blocks.push({ isList: false, isHeading: false, text: lines.join(' '), items: [] });
  }
  return blocks;
}
