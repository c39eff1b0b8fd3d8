// Render stage (Word): the дорожная карта as a .docx Document, from the RoadmapView the HTML and
// Markdown templates get — the same blocks, table and columns as templates/roadmap.html.hbs.

import { AlignmentType, Document, type FileChild } from 'docx';
import { provenanceLine, type Provenance } from '../model/provenance.js';
import type { Workspace } from '../model/workspace.js';
import { approvalTable, gridTable, heading, textParagraph, type GridCell } from './docx-blocks.js';
import { spacer } from './docx-forms.js';
import { documentStyles, pageSection, SIZE } from './docx-page.js';
import { buildRoadmapView, type RoadmapView } from './roadmap-view.js';

const HEADER = ['№', 'Этап', 'Мероприятие', 'Сроки', 'Ответствен\u00adный', 'Ожидаемый результат', 'Отметка о выполнении'];
const WIDTHS = [5, 19, 20, 12, 14, 15, 15];

export function buildRoadmapDocx(view: RoadmapView): Document {
  return new Document({
    creator: 'mentor',
    title: `${view.title}, ${view.year}`,
    styles: documentStyles(),
    sections: [pageSection([...titleBlock(view), ...eventsTable(view), ...footLine(view.provenance)])],
  });
}

/** The roadmap of `year` («2025/2026») from the workspace's events/<year>.yaml. */
export function renderRoadmapDocx(ws: Workspace, year: string, options: { provenance?: Provenance } = {}): Document {
  const record = ws.events.find((e) => e.value.year === year)?.value;
  return buildRoadmapDocx({ ...buildRoadmapView(ws, record, year), provenance: options.provenance ? provenanceLine(options.provenance) : '' });
}

function titleBlock(view: RoadmapView): FileChild[] {
  const accepted = view.accepted === null ? null : ['ПРИНЯТО', view.accepted.body, view.accepted.protocol];
  const approved = ['УТВЕРЖДАЮ', view.approval.position, `______________ ${view.approval.initials}`, view.approval.order];
  return [
    textParagraph(view.organization.name, { alignment: AlignmentType.CENTER, spacing: { after: 200 } }, { size: SIZE.table }),
    approvalTable(accepted, approved),
    spacer(200),
    heading(view.title, 1),
    textParagraph(view.programme, { alignment: AlignmentType.CENTER }),
    textParagraph(`на ${view.year} учебный год`, { alignment: AlignmentType.CENTER, spacing: { after: 200 } }),
  ];
}

function eventsTable(view: RoadmapView): FileChild[] {
  if (!view.hasEvents) {
    return [textParagraph('Мероприятия на этот учебный год не запланированы (файл events/ с планом года не найден или пуст).')];
  }
  // Seven columns on a portrait page: 10 pt, so that no word breaks in the middle.
  const cell = (text: string | number, centred = false): GridCell => ({ text: String(text), run: { size: SIZE.small }, ...(centred ? { align: 'center' as const } : {}) });
  const rows = view.rows.map((row) => ({
    cells: [cell(row.number, true), cell(row.stage), cell(row.title), cell(row.date, true), cell(row.responsible), cell(row.expected), cell(row.mark)],
  }));
  return [gridTable(HEADER, WIDTHS, rows)];
}

/** Never ends on the table: Word wants a paragraph after the last one. */
function footLine(provenance: string): FileChild[] {
  return provenance === '' ? [spacer(0)] : [textParagraph(provenance, { spacing: { before: 240 } }, { size: SIZE.tiny, color: '555555' })];
}
