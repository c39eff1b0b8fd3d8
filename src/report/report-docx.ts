// Report stage (Word): the report as a .docx Document, from the same ReportView the HTML and
// Markdown templates get — section for section what templates/report.html.hbs prints. Each
// section is one function, so that a new section of the report is one more function here.

import { AlignmentType, BorderStyle, Document, HeightRule, ImageRun, Paragraph, Table, TableCell, TableRow, WidthType, type FileChild } from 'docx';
import { gridTable, heading, listItem, NO_BORDERS, textParagraph, type GridCell, type GridRow } from '../render/docx-blocks.js';
import { labelTable, signatureTable, spacer } from '../render/docx-forms.js';
import { CONTENT_WIDTH, documentStyles, pageSection, SIZE } from '../render/docx-page.js';
import type { ItemRowView } from './report-items-view.js';
import type { SurveyView } from './report-programme-view.js';
import type { ChartMarkup, ReportView } from './report-view.js';

/** A chart drawn as PNG for word processors without SVG: its bytes and its size in CSS pixels. */
export interface ChartPicture {
  svg: string;
  png: Uint8Array;
  width: number;
  height: number;
}

/** Draws a chart's SVG as a picture; the CLI passes one (the report stage stays pure). */
export type DrawChart = (svg: string) => ChartPicture;

/** A chart as its paragraph, or nothing when the section has none. */
type ChartOf = (markup: ChartMarkup | null) => Paragraph[];

const c = (text: string | number, extra: Omit<GridCell, 'text'> = {}): GridCell => ({ text: String(text), ...extra });
const n = (value: string | number): GridCell => c(value, { align: 'center' });

export function buildReportDocx(view: ReportView, drawChart: DrawChart): Document {
  const chart: ChartOf = (markup) => (markup === null ? [] : [chartParagraph(drawChart(markup.toString()))]);
  return new Document({
    creator: 'mentor',
    title: `${view.title} ${view.period}`,
    styles: documentStyles(),
    sections: [
      pageSection([
        ...titleBlock(view),
        ...coverageSection(view, chart(view.coverage.chart)),
        ...pairsSection(view),
        ...itemsSection(view, chart(view.items.chart)),
        ...meetingsSection(view),
        ...eventsSection(view),
        ...surveysSection(view, chart),
        ...growthSection(view, chart(view.growth.chart)),
        ...risksSection(view),
        ...conclusionsSection(view),
        ...signatureBlock(view),
      ]),
    ],
  });
}

/** The chart at the text width: SVG for Word, the PNG for the others (LibreOffice shows it). */
function chartParagraph(picture: ChartPicture): Paragraph {
  const width = Math.round((CONTENT_WIDTH / 1440) * 96);
  const height = Math.round((picture.height * width) / picture.width);
  return new Paragraph({
    keepLines: true,
    spacing: { before: 120, after: 120 },
    children: [
      new ImageRun({
        type: 'svg',
        data: Buffer.from(picture.svg, 'utf8'),
        fallback: { type: 'png', data: picture.png },
        transformation: { width, height },
        altText: { name: 'chart', title: 'Диаграмма', description: svgTitle(picture.svg) },
      }),
    ],
  });
}

/** The chart's own <title>, which says its figures in words: the picture's alternative text. */
function svgTitle(svg: string): string {
  return /<title[^>]*>([^<]*)<\/title>/.exec(svg)?.[1]?.replace(/&#(\d+);/g, (_m, code: string) => String.fromCharCode(Number(code))) ?? '';
}

function titleBlock(view: ReportView): FileChild[] {
  const centered = (text: string, size: number = SIZE.text, after = 0) => textParagraph(text, { alignment: AlignmentType.CENTER, spacing: { after } }, { size });
  return [
    centered(view.organization.name, SIZE.table, view.organization.address === '' ? 200 : 0),
    ...(view.organization.address === '' ? [] : [centered(view.organization.address, SIZE.small, 200)]),
    heading(view.title, 1),
    centered(view.programme),
    centered(view.period),
    centered(`(${view.periodDates}; данные на ${view.onDate})`, SIZE.table, 200),
    ...(view.isAnonymized
      ? [textParagraph('Обезличенный отчёт: педагоги обозначены кодами (М — наставники, Н — наставляемые).', { alignment: AlignmentType.CENTER }, { italics: true, size: SIZE.table })]
      : []),
  ];
}

function coverageSection(view: ReportView, chart: Paragraph[]): FileChild[] {
  return [
    heading('1. Охват наставничеством', 2),
    labelTable(view.coverage.rows.map((r) => ({ label: r.label, value: r.value, isBold: r.isShare })), 50),
    ...(view.coverage.verdict === null ? [] : [textParagraph(view.coverage.verdict, { spacing: { before: 80 } })]),
    ...chart,
    ...retentionBlock(view),
  ];
}

/** «Закрепляемость молодых специалистов»: the figures, then the people counted (none when anonymised). */
function retentionBlock(view: ReportView): FileChild[] {
  const { retention } = view;
  const people = retention.people.map((p): GridRow => ({
    cells: [c(p.name, { notes: [p.position] }), n(p.horizon), n(p.hired), n(p.anniversary), n(p.retained)],
  }));
  return [
    heading('Закрепляемость молодых специалистов', 3),
    labelTable(retention.rows, 50),
    ...(people.length === 0
      ? []
      : [spacer(), gridTable(['Молодой специалист', 'Срок', 'Принят(а)', 'Годовщина', 'На дату годовщины'], [40, 15, 15, 15, 15], people)]),
  ];
}

function pairsSection(view: ReportView): FileChild[] {
  const { pairs } = view;
  const note = { size: SIZE.small, italics: true };
  const list = pairs.list.map((p): GridRow => ({
    cells: [n(p.number), c(p.mentor, { notes: [p.mentorPosition] }), menteesCell(p.mentees), c(p.kind, { notes: [p.role] }), n(p.dates)],
  }));
  return [
    heading('2. Наставнические пары', 2),
    textParagraph(pairs.summary),
    ...(list.length === 0
      ? []
      : [textParagraph(pairs.form, { keepNext: true }), gridTable(['№', 'Наставник', 'Наставляемый', 'Вид наставничества / ролевая модель', 'Сроки'], [5, 24, 24, 27, 20], list)]),
    ...headedTable(
      'Виды наставничества',
      ['Вид наставничества', 'Дейст\u00adвовало пар (групп)', 'Наставля\u00adемых', 'Начато', 'Завершено'],
      [44, 14, 14, 14, 14],
      pairs.byKind.map((k) => ({ cells: [c(k.label), n(k.active), n(k.mentees), n(k.started), n(k.ended)] })),
    ),
    ...(pairs.endedEarly.length === 0 ? [] : [heading('Досрочное прекращение наставничества', 3), ...pairs.endedEarly.map((s) => listItem('–', s))]),
    ...headedTable(
      'Нагрузка наставников',
      ['Наставник', 'Должность', 'Настав\u00adляемых в периоде', 'Наибольшее число одновре\u00adменно', 'Допустимо одновре\u00adменно'],
      [30, 28, 14, 14, 14],
      pairs.mentorLoad.map((m) => ({
        cells: [c(m.mentor), c(m.position, { run: note }), n(m.mentees), c(m.isOverCapacity ? `${m.peak} (превышение)` : String(m.peak), { align: 'center', run: { bold: m.isOverCapacity } }), n(m.capacity)],
      })),
    ),
  ];
}

/** A group's mentees one under another, each with the position in small italics, as in the HTML. */
/** A table under its own heading, or nothing when it has no rows. */
function headedTable(title: string, header: readonly string[], percents: readonly number[], rows: readonly GridRow[]): FileChild[] {
  return rows.length === 0 ? [] : [heading(title, 3), gridTable(header, percents, rows)];
}

function menteesCell(mentees: readonly { name: string; position: string }[]): GridCell {
  const [first, ...rest] = mentees;
  if (first === undefined) return c('');
  return c(first.name, { notes: [first.position, ...rest.flatMap((m) => [m.name, m.position])] });
}

const ITEM_HEADER = [
  'Всего',
  'Срок не насту\u00adпил',
  'Выпол\u00adнено',
  'в т. ч. с опозда\u00adнием',
  'Просро\u00adчено',
  'В работе',
  'Запла\u00adниро\u00adвано',
  'Выпол\u00adнено, % (срок наступил)',
];
const ITEM_WIDTHS = [28, 9, 9, 9, 9, 9, 9, 9, 9];

function itemCells(row: ItemRowView, bold = false): GridCell[] {
  const run = { bold };
  const counts = [row.due, row.notYetDue, row.done, row.doneLate, row.overdue, row.inProgress, row.planned, row.percentDone].map((v) => c(v, { align: 'center', run }));
  return [c(row.label, { run, ...(row.position === '' ? {} : { notes: [row.position] }) }), ...counts];
}

function itemsSection(view: ReportView, chart: Paragraph[]): FileChild[] {
  const { items } = view;
  return [
    heading('3. Выполнение индивидуальных образовательных маршрутов', 2),
    ...items.summary.map((s) => textParagraph(s)),
    ...chart,
    ...(items.byDirection.length === 0
      ? []
      : headedTable('По направлениям', ['Направление', ...ITEM_HEADER], ITEM_WIDTHS, [...items.byDirection.map((r) => ({ cells: itemCells(r) })), { cells: itemCells(items.total, true) }])),
    ...headedTable('По наставляемым', ['Наставляемый', ...ITEM_HEADER], ITEM_WIDTHS, items.byMentee.map((r) => ({ cells: itemCells(r) }))),
  ];
}

function meetingsSection(view: ReportView): FileChild[] {
  const { meetings } = view;
  const rows: GridRow[] = [
    ...meetings.rows.map((m) => ({ cells: [n(m.number), c(m.mentee), c(m.position), n(m.held), n(m.duration)] })),
    { cells: [c('Итого', { columnSpan: 3, run: { bold: true } }), c(meetings.total.held, { align: 'center', run: { bold: true } }), c(meetings.total.duration, { align: 'center', run: { bold: true } })] },
  ];
  return [
    heading('4. Встречи наставников и наставляемых', 2),
    textParagraph(meetings.summary),
    ...(meetings.rows.length === 0 ? [] : [gridTable(['№', 'Наставляемый', 'Должность', 'Встреч', 'Продолжи\u00adтельность'], [6, 38, 28, 12, 16], rows)]),
  ];
}

function eventsSection(view: ReportView): FileChild[] {
  const { events } = view;
  const role = { size: SIZE.small, italics: true };
  const rows = events.rows.map((e): GridRow => ({
    cells: [
      n(e.number),
      c(e.title, { notes: [`${e.kind}; ${e.stage}`] }),
      n(e.date),
      c(e.responsible),
      c(e.mark),
      n(e.participants),
      e.result === '' ? c(e.expected, { run: role }) : c(e.result),
    ],
  }));
  return [
    heading('5. Мероприятия программы наставничества', 2),
    textParagraph(events.summary),
    ...(rows.length === 0
      ? []
      : [gridTable(['№', 'Мероприятие', 'Срок', 'Ответ\u00adственный', 'Отметка о выполнении', 'Участ\u00adников', 'Результат'], [4, 22, 14, 14, 17, 9, 20], rows)]),
  ];
}

function surveysSection(view: ReportView, chart: ChartOf): FileChild[] {
  const body = view.surveys.length === 0 ? [textParagraph('Анкетирование участников в периоде не проводилось.')] : view.surveys.flatMap((s) => surveyBlock(s, chart));
  return [heading('6. Удовлетворённость участников программы', 2), ...body];
}

/** One survey: its heading and summary, the chart, the questions with their means, the comments. */
function surveyBlock(survey: SurveyView, chart: ChartOf): FileChild[] {
  return [
    heading(survey.heading, 3),
    textParagraph(survey.summary, { keepNext: true }),
    ...chart(survey.chart),
    gridTable(
      ['№', 'Вопрос анкеты', 'Ответов', 'Средняя оценка (1–10)'],
      [6, 66, 14, 14],
      survey.questions.map((q) => ({ cells: [n(q.number), c(q.text), n(q.answers), n(q.mean)] })),
    ),
    ...(survey.comments.length === 0
      ? []
      : [textParagraph('Комментарии участников:', { spacing: { before: 120 }, keepNext: true }, { italics: true }), ...survey.comments.map((s) => listItem('–', s))]),
  ];
}

const GROWTH_HEADING = '7. Динамика самооценки';

function growthSection(view: ReportView, chart: Paragraph[]): FileChild[] {
  const { growth } = view;
  if (growth.note !== null) return [heading(GROWTH_HEADING, 2), textParagraph(growth.note, {}, { italics: true })];
  return [
    heading(GROWTH_HEADING, 2),
    textParagraph(
      'Средние баллы самооценки наставляемых по шкале от 0 до 2 (0 — не владею, 1 — владею частично, 2 — владею): входная самооценка и последняя за период.',
      { keepNext: true },
    ),
    ...chart,
    gridTable(
      ['Направление', 'Наставля\u00adемых', 'Входная', 'Последняя', 'Изменение'],
      [44, 14, 14, 14, 14],
      growth.rows.map((g) => ({ cells: [c(g.title), n(g.teachers), n(g.entry), n(g.latest), n(g.change)] })),
    ),
  ];
}

function risksSection(view: ReportView): FileChild[] {
  const body = view.risks.length === 0 ? [textParagraph('Рисков не выявлено.')] : view.risks.flatMap((r) => [heading(r.title, 3), ...r.sentences.map((s) => listItem('–', s))]);
  return [heading('8. Риски', 2), ...body];
}

/** From notes/<period>.md as the methodist wrote it; else what the figures say, and lines for the tasks. */
function conclusionsSection(view: ReportView): FileChild[] {
  const { conclusions } = view;
  const note = (text: string) => textParagraph(text, { keepNext: true }, { italics: true });
  const blocks = conclusions.blocks.flatMap((b): FileChild[] =>
    b.isHeading ? [heading(b.text, 3)] : b.isList ? b.items.map((item) => listItem('–', item)) : [textParagraph(b.text, { spacing: { after: 120 } })],
  );
  return [
    heading('9. Выводы и задачи на следующий период', 2),
    ...(conclusions.fromNotes ? [] : [note('Что показывают данные отчёта:')]),
    ...blocks,
    ...(conclusions.blankLines === 0 ? [] : [note('Задачи на следующий период (заполняет методист):'), fillLines(conclusions.blankLines)]),
  ];
}

/**
 * Empty ruled lines (8 mm apart) to write on by hand: rows of a borderless table, since word
 * processors join the borders of like paragraphs into one box.
 */
function fillLines(count: number): Table {
  const none = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' } as const;
  const line = { style: BorderStyle.SINGLE, size: 6, color: '000000' } as const;
  const row = () =>
    new TableRow({
      cantSplit: true,
      height: { value: 454, rule: HeightRule.EXACT },
      children: [new TableCell({ width: { size: CONTENT_WIDTH, type: WidthType.DXA }, borders: { top: none, left: none, right: none, bottom: line }, children: [new Paragraph({ keepNext: true, children: [] })] })],
    });
  return new Table({ width: { size: CONTENT_WIDTH, type: WidthType.DXA }, columnWidths: [CONTENT_WIDTH], borders: NO_BORDERS, rows: Array.from({ length: count }, row) });
}

function signatureBlock(view: ReportView): FileChild[] {
  const s = view.signature;
  return [
    spacer(360),
    signatureTable([{ role: s.role, name: s.name, date: '' }], [52, 20, 28]),
    textParagraph('М.\u00a0П.', { spacing: { before: 120 }, indent: { left: 454 } }),
    textParagraph(s.date, { spacing: { before: 200 } }),
    ...(s.executor === '' ? [] : [textParagraph(s.executor, { spacing: { before: 360 } }, { size: SIZE.small })]),
    ...(view.provenance === '' ? [] : [textParagraph(view.provenance, { spacing: { before: 240 } }, { size: SIZE.tiny, color: '555555' })]),
  ];
}
