// Render stage (Word): the form-like parts of documents — signature lines with their captions and
// dates, and the label/value tables of a route's header or a report's figures.

import { AlignmentType, BorderStyle, Paragraph, Table, TableCell, TableRow, WidthType } from 'docx';
import { CONTENT_WIDTH, SIZE, TABLE_STYLE } from './docx-page.js';
import { columnWidths, NO_BORDERS, textParagraph } from './docx-blocks.js';

const NONE = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' } as const;
const LINE = { style: BorderStyle.SINGLE, size: 6, color: '000000' } as const;
const LIGHT = { style: BorderStyle.SINGLE, size: 4, color: 'BBBBBB' } as const;

export interface SignatureLine {
  role: string;
  /** Initials beside the line; '' leaves a second line to write the name by hand. */
  name: string;
  /** The blank date line «“__” ______ 20__ г.», a date, or ''. */
  date: string;
}

function cell(text: string, width: number, options: { line?: boolean; align?: 'center' | 'right'; size?: number; keepNext?: boolean } = {}): TableCell {
  const alignment = options.align === 'center' ? AlignmentType.CENTER : options.align === 'right' ? AlignmentType.RIGHT : AlignmentType.LEFT;
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    borders: { top: NONE, left: NONE, right: NONE, bottom: options.line ? LINE : NONE },
    verticalAlign: 'bottom',
    children: [textParagraph(text, { style: TABLE_STYLE, alignment, ...(options.keepNext === false ? {} : { keepNext: true }) }, options.size === undefined ? {} : { size: options.size })],
  });
}

/**
 * Role | line to sign on | name | date (when given four widths), with «(подпись)» under the line. Rows never split and
 * keep together, so the signatures move to a new page as one block.
 */
export function signatureTable(lines: readonly SignatureLine[], percents: readonly number[] = [33, 19, 23, 25]): Table {
  // Without a fourth width there is no date column (the date is printed elsewhere).
  const widths = columnWidths(percents) as [number, number, number, number | undefined];
  const dateCell = (text: string, keepNext?: boolean) => (widths[3] === undefined ? [] : [cell(text, widths[3], { align: 'right', ...(keepNext === undefined ? {} : { keepNext }) })]);
  const rows = lines.flatMap((line, n) => {
    const isLast = n === lines.length - 1;
    return [
      new TableRow({
        cantSplit: true,
        height: { value: 520, rule: 'atLeast' },
        children: [
          cell(line.role, widths[0]),
          cell('', widths[1], { line: true }),
          cell(line.name, widths[2], { line: line.name === '' }),
          ...dateCell(line.date),
        ],
      }),
      new TableRow({
        cantSplit: true,
        children: [
          cell('', widths[0], { keepNext: !isLast }),
          cell('(подпись)', widths[1], { align: 'center', size: SIZE.tiny, keepNext: !isLast }),
          cell(line.name === '' ? '(фамилия, инициалы)' : '', widths[2], { align: 'center', size: SIZE.tiny, keepNext: !isLast }),
          ...dateCell('', !isLast),
        ],
      }),
    ];
  });
  return new Table({ width: { size: CONTENT_WIDTH, type: WidthType.DXA }, columnWidths: columnWidths(percents), margins: { left: 40, right: 80 }, borders: NO_BORDERS, rows });
}

export interface LabelRow {
  label: string;
  value: string;
  isBold?: boolean;
}

/** Label on the left, value on the right, a light rule under each row: a route's header, a report's figures. */
export function labelTable(rows: readonly LabelRow[], labelPercent: number): Table {
  const widths = columnWidths([labelPercent, 100 - labelPercent]) as [number, number];
  const part = (text: string, width: number, isBold: boolean) =>
    new TableCell({
      width: { size: width, type: WidthType.DXA },
      borders: { top: NONE, left: NONE, right: NONE, bottom: LIGHT },
      children: [textParagraph(text, { style: TABLE_STYLE }, isBold ? { bold: true } : {})],
    });
  return new Table({
    width: { size: CONTENT_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    margins: { top: 20, bottom: 20, left: 0, right: 120 },
    borders: NO_BORDERS,
    rows: rows.map((row) => new TableRow({ cantSplit: true, children: [part(row.label, widths[0], row.isBold === true), part(row.value, widths[1], row.isBold === true)] })),
  });
}

/** An empty paragraph: space between two tables, which Word would otherwise join. */
export function spacer(after = 120): Paragraph {
  return new Paragraph({ spacing: { after }, children: [] });
}
