// Render stage (Word): the ИОМ педагога as a .docx Document, from the same RouteView the HTML and
// Markdown templates get — section for section what templates/route.html.hbs prints.

import { AlignmentType, Document, PageBreak, Paragraph, type FileChild } from 'docx';
import { approvalTable, gridTable, heading, listItem, textParagraph, type GridRow } from './docx-blocks.js';
import { labelTable, signatureTable, spacer, type LabelRow } from './docx-forms.js';
import { documentStyles, pageSection, SIZE } from './docx-page.js';
import { provenanceLine, type Provenance } from '../model/provenance.js';
import type { RouteRecord } from '../model/types.js';
import type { Loaded, Workspace } from '../model/workspace.js';
import { buildRouteView, type RouteView } from './route-view.js';

/** The columns of the plan, as in the HTML: № | Содержание | Формы | Сроки | Результат | Отметка. */
const PLAN_HEADER = ['№', 'Содержание', 'Формы работы', 'Сроки', 'Форма предъявления результата', 'Отметка о выполнении'];
const PLAN_WIDTHS = [5, 28, 20, 13, 18, 16];
const JOURNAL_HEADER = ['№', 'Дата', 'Тема', 'Форма работы', 'Рекомендации', 'Продолжи\u00adтельность'];
const JOURNAL_WIDTHS = [5, 15, 29, 16, 23, 12];

export function buildRouteDocx(view: RouteView): Document {
  return new Document({
    creator: 'mentor',
    title: `ИОМ педагога — ${view.teacher.fullName}, ${view.year}`,
    styles: documentStyles(),
    sections: [pageSection([...titleBlock(view), ...diagnosisBlock(view), ...planBlock(view), ...conclusionBlock(view), ...journalBlock(view), ...footLine(view.provenance)])],
  });
}

function titleBlock(view: RouteView): FileChild[] {
  const accepted = view.accepted === null ? null : ['ПРИНЯТО', view.accepted.place, view.accepted.protocol];
  const approved = ['УТВЕРЖДАЮ', view.approval.position, `______________ ${view.approval.initials}`, view.approval.order ?? view.approval.date];
  return [
    textParagraph(view.organization.name, { alignment: AlignmentType.CENTER, spacing: { after: 200 } }, { size: SIZE.table }),
    approvalTable(accepted, approved),
    spacer(200),
    heading(view.title, 1),
    textParagraph(`на ${view.year} учебный год`, { alignment: AlignmentType.CENTER, spacing: { after: 200 } }),
    labelTable(headerRows(view), 34),
    ...(view.earlyEnd === null ? [] : [textParagraph(view.earlyEnd, { spacing: { before: 120 } }, { bold: true })]),
  ];
}

function headerRows(view: RouteView): LabelRow[] {
  const { teacher, pair, curator } = view;
  const rows: (LabelRow | null)[] = [
    { label: 'ФИО педагога', value: teacher.fullName },
    { label: 'Должность', value: teacher.position },
    teacher.group === null ? null : { label: 'Группа', value: teacher.group },
    { label: 'Образование', value: teacher.education.text },
    {
      label: `Стаж на ${teacher.experience.onDate}`,
      value: `педагогический — ${teacher.experience.pedagogical}; в данном учреждении — ${teacher.experience.here} (с\u00a0${teacher.experience.since})`,
    },
    { label: 'Квалификационная категория', value: teacher.category.text },
    { label: 'Курсы повышения квалификации (последние)', value: teacher.lastCourse },
    { label: 'Наставник', value: `${view.mentor.fullName}, ${view.mentor.position}` },
    pair === null ? null : { label: 'Вид наставничества', value: `${pair.kind}; ролевая модель «${pair.role}»` },
    pair?.basis == null ? null : { label: 'Основание', value: pair.basis },
    curator === null ? null : { label: 'Куратор', value: `${curator.fullName}, ${curator.position}` },
    { label: 'Период реализации', value: view.period },
    { label: 'Тема самообразования', value: view.selfEducationTopic ?? '—' },
  ];
  return rows.filter((row): row is LabelRow => row !== null);
}

function diagnosisBlock(view: RouteView): FileChild[] {
  const source = view.assessedOn === null ? 'самоанализа' : `самооценки от ${view.assessedOn}`;
  const deficits =
    view.deficits.length === 0
      ? [textParagraph('Не выявлены.')]
      : view.deficits.map((d) => listItem('–', d.score === null ? d.title : `${d.title} — ${d.score} балла из 2`));
  return [
    heading(`Профессиональные дефициты (по результатам ${source})`, 2),
    ...deficits,
    heading('Цель', 2),
    textParagraph(view.goal),
    heading('Задачи', 2),
    ...view.tasks.map((t) => listItem(`${t.number}.`, t.text)),
  ];
}

function planBlock(view: RouteView): FileChild[] {
  const rows: GridRow[] = view.groups.flatMap((group) => [
    { keepWithNext: true, cells: [{ text: group.title, columnSpan: 6, shade: true, run: { bold: true, italics: true } }] },
    ...group.items.map(
      (item): GridRow => ({
        cells: [
          { text: String(item.number), align: 'center' },
          { text: item.title, run: item.isCancelled ? { strike: true, color: '555555' } : {} },
          { text: item.forms },
          { text: item.due, align: 'center' },
          { text: item.result },
          { text: item.mark, notes: [item.reason, item.evidence].filter((n): n is string => n !== null) },
        ],
      }),
    ),
  ]);
  return [heading('Содержание работы', 2), gridTable(PLAN_HEADER, PLAN_WIDTHS, rows), spacer(240), signatureTable(view.signatures)];
}

function conclusionBlock(view: RouteView): FileChild[] {
  const c = view.conclusion;
  if (c === null) return [];
  return [
    heading('Заключение', 2),
    heading('Заключение наставника', 3),
    textParagraph(c.mentor),
    ...(c.mentee === null ? [] : [heading('Самоанализ наставляемого', 3), textParagraph(c.mentee)]),
    ...(c.recommendations === null ? [] : [heading('Рекомендации', 3), textParagraph(c.recommendations)]),
    textParagraph(c.date, { alignment: AlignmentType.RIGHT }),
  ];
}

/** The journal of meetings: an appendix of its own, starting a page. */
function journalBlock(view: RouteView): FileChild[] {
  if (view.meetings.length === 0) return [];
  const rows: GridRow[] = [
    ...view.meetings.map((m) => ({
      cells: [
        { text: String(m.number), align: 'center' as const },
        { text: m.date, align: 'center' as const },
        { text: m.topic },
        { text: m.form },
        { text: m.recommendations },
        { text: m.duration, align: 'center' as const },
      ],
    })),
    { cells: [{ text: `Итого: ${view.meetingsTotal ?? ''}`, columnSpan: 6, run: { bold: true } }] },
  ];
  return [
    new Paragraph({ children: [new PageBreak()] }),
    textParagraph('Приложение\nк индивидуальному образовательному маршруту педагога', { alignment: AlignmentType.RIGHT, spacing: { after: 200 } }, { size: SIZE.table }),
    heading('Журнал встреч наставника и наставляемого', 2),
    textParagraph(`${view.teacher.fullName}, ${view.teacher.position}; наставник — ${view.mentor.fullName}`),
    gridTable(JOURNAL_HEADER, JOURNAL_WIDTHS, rows),
    spacer(240),
    signatureTable(view.journalSignatures),
  ];
}

/**
 * The provenance line (commit, tool, day), small and grey; when unknown, an empty paragraph, since
 * a document should not end with a table (the signatures): Word adds a paragraph there itself.
 */
function footLine(provenance: string): FileChild[] {
  return [provenance === '' ? spacer(0) : textParagraph(provenance, { spacing: { before: 240 } }, { size: SIZE.tiny, color: '555555' })];
}

/** The route as a Word document, from the same view the templates get. */
export function renderRouteDocx(
  ws: Workspace,
  route: Loaded<RouteRecord>,
  directionTitles: ReadonlyMap<string, string>,
  options: { provenance?: Provenance } = {},
): Document {
  return buildRouteDocx({ ...buildRouteView(ws, route, directionTitles), provenance: options.provenance ? provenanceLine(options.provenance) : '' });
}
