// Render stage (Word): the blocks documents share — plain paragraphs, the approval blocks, grid
// tables with a repeated header row, and signature lines with their date.

import {
  AlignmentType,
  BorderStyle,
  HeadingLevel,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
  type IParagraphOptions,
  type IRunOptions,
} from 'docx';
import { CONTENT_WIDTH, SIZE, TABLE_STYLE } from './docx-page.js';

export type RunStyle = Omit<IRunOptions, 'text' | 'children'>;

/** A paragraph of one run; several lines of user text stay separate lines. */
export function textParagraph(text: string, options: Omit<IParagraphOptions, 'children' | 'text'> = {}, run: RunStyle = {}): Paragraph {
  const lines = text.split('\n');
  return new Paragraph({ ...options, children: lines.map((line, i) => new TextRun({ ...run, text: line, break: i === 0 ? 0 : 1 })) });
}

export function heading(text: string, level: 1 | 2 | 3): Paragraph {
  const styles = { 1: HeadingLevel.HEADING_1, 2: HeadingLevel.HEADING_2, 3: HeadingLevel.HEADING_3 } as const;
  return new Paragraph({ heading: styles[level], children: [new TextRun(text)] });
}

/** A list item with a hanging indent: «1.» or «–» before the text. */
export function listItem(marker: string, text: string): Paragraph {
  return new Paragraph({ indent: { left: 425, hanging: 425 }, children: [new TextRun(`${marker}\t${text}`)], tabStops: [{ type: 'left', position: 425 }] });
}

const NONE = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' } as const;
const SINGLE = { style: BorderStyle.SINGLE, size: 4, color: '000000' } as const;
export const NO_BORDERS = { top: NONE, bottom: NONE, left: NONE, right: NONE, insideHorizontal: NONE, insideVertical: NONE } as const;
const CELL_NO_BORDERS = { top: NONE, bottom: NONE, left: NONE, right: NONE } as const;

/** Column widths in twips from percentages of the text width. */
export function columnWidths(percents: readonly number[]): number[] {
  return percents.map((p) => Math.round((CONTENT_WIDTH * p) / 100));
}

/**
 * The approval blocks, side by side in a borderless table: «ПРИНЯТО …» on the left (or nothing),
 * «УТВЕРЖДАЮ …» on the right. Each block is its lines; the first is the bold word.
 */
export function approvalTable(left: readonly string[] | null, right: readonly string[]): Table {
  const block = (lines: readonly string[] | null) =>
    new TableCell({
      borders: CELL_NO_BORDERS,
      children:
        lines === null || lines.length === 0
          ? [new Paragraph({ style: TABLE_STYLE, children: [] })]
          : lines.map((line, i) =>
              textParagraph(line, { style: TABLE_STYLE, spacing: { after: i === 0 ? 60 : 0 } }, i === 0 ? { bold: true, characterSpacing: 20, size: SIZE.text } : { size: SIZE.text }),
            ),
    });
  const widths = columnWidths([48, 52]);
  return new Table({
    width: { size: CONTENT_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    borders: NO_BORDERS,
    rows: [new TableRow({ cantSplit: true, children: [block(left), block(right)] })],
  });
}

export interface GridCell {
  text: string;
  /** Smaller lines under the text (the reason, the evidence). */
  notes?: readonly string[];
  align?: 'center';
  run?: RunStyle;
  columnSpan?: number;
  shade?: boolean;
}

function gridCell(cell: GridCell, width: number, keepNext: boolean): TableCell {
  const alignment = cell.align === 'center' ? AlignmentType.CENTER : AlignmentType.LEFT;
  // Only what differs from the defaults is written: a hundred documents a run add up.
  const keep = keepNext ? { keepNext } : {};
  const paragraphs = [
    textParagraph(cell.text, { style: TABLE_STYLE, alignment, ...keep }, cell.run ?? {}),
    ...(cell.notes ?? []).map((note) => textParagraph(note, { style: TABLE_STYLE, ...keep }, { size: SIZE.small, italics: true })),
  ];
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    ...(cell.columnSpan === undefined ? {} : { columnSpan: cell.columnSpan }),
    ...(cell.shade ? { shading: { type: ShadingType.CLEAR, color: 'auto', fill: 'EEEEEE' } } : {}),
    children: paragraphs,
  });
}

export interface GridRow {
  cells: readonly GridCell[];
  /** Keep this row on the page of the next one (a direction's title with its first item). */
  keepWithNext?: boolean;
}

/**
 * A ruled table: the header row repeats on every page (tableHeader), and no row splits across a
 * page (cantSplit).
 */
export function gridTable(header: readonly string[], percents: readonly number[], rows: readonly GridRow[]): Table {
  const widths = columnWidths(percents);
  const widthOf = (from: number, span = 1) => widths.slice(from, from + span).reduce((a, b) => a + b, 0);
  const headerRow = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: header.map(
      (text, i) =>
        new TableCell({
          width: { size: widthOf(i), type: WidthType.DXA },
          verticalAlign: VerticalAlign.CENTER,
          shading: { type: ShadingType.CLEAR, color: 'auto', fill: 'EEEEEE' },
          children: [textParagraph(text, { style: TABLE_STYLE, alignment: AlignmentType.CENTER }, { bold: true, size: SIZE.small })],
        }),
    ),
  });
  const bodyRows = rows.map((row) => {
    let column = 0;
    const cells = row.cells.map((cell) => {
      const made = gridCell(cell, widthOf(column, cell.columnSpan), row.keepWithNext === true);
      column += cell.columnSpan ?? 1;
      return made;
    });
    return new TableRow({ cantSplit: true, children: cells });
  });
  return new Table({
    width: { size: CONTENT_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    margins: { top: 40, bottom: 40, left: 80, right: 80 },
    borders: { top: SINGLE, bottom: SINGLE, left: SINGLE, right: SINGLE, insideHorizontal: SINGLE, insideVertical: SINGLE },
    rows: [headerRow, ...bodyRows],
  });
}
