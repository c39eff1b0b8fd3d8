// Render stage (Word): the house page and styles of every .docx document — A4, the margins of
// Russian office documents (left 30, right 15, top 20, bottom 20 mm), Times New Roman 14/12.

import {
  AlignmentType,
  convertMillimetersToTwip,
  Footer,
  LineRuleType,
  PageNumber,
  Paragraph,
  TextRun,
  type IStylesOptions,
  type ISectionOptions,
} from 'docx';

export const FONT = 'Times New Roman';
/** Half-points, as Word counts: 14 pt for text, 12 pt in tables, 10 pt for small print. */
export const SIZE = { text: 28, table: 24, small: 20, tiny: 16 } as const;
/** The paragraph style of table cells: the text style at 12 pt, no space after. */
export const TABLE_STYLE = 'TableText';

const A4 = { width: convertMillimetersToTwip(210), height: convertMillimetersToTwip(297) };
export const MARGIN_MM = { left: 30, right: 15, top: 20, bottom: 20 } as const;
/** The width between the margins, in twips: what tables and images are laid out in. */
export const CONTENT_WIDTH = convertMillimetersToTwip(210 - MARGIN_MM.left - MARGIN_MM.right);

/**
 * Headings are Word's own Heading 1–3 (the title, sections, subsections), restyled to the document face, so that the
 * navigation pane and a table of contents find them.
 */
export function documentStyles(): IStylesOptions {
  const heading = (size: number, extra: { bold?: boolean; italics?: boolean; allCaps?: boolean } = {}) => ({
    run: { font: FONT, size, color: '000000', bold: extra.bold ?? true, italics: extra.italics ?? false, allCaps: extra.allCaps ?? false },
    paragraph: { spacing: { before: 200, after: 80 }, keepNext: true, keepLines: true },
  });
  return {
    default: {
      document: { run: { font: FONT, size: SIZE.text, language: { value: 'ru-RU' } }, paragraph: { spacing: { after: 60, line: 252, lineRule: LineRuleType.AUTO } } },
      heading1: { ...heading(SIZE.text, { allCaps: true }), paragraph: { alignment: AlignmentType.CENTER, spacing: { before: 120, after: 0 }, keepNext: true } },
      heading2: heading(SIZE.text),
      heading3: heading(SIZE.text, { bold: false, italics: true }),
    },
    paragraphStyles: [
      {
        id: TABLE_STYLE,
        name: 'Table Text',
        basedOn: 'Normal',
        quickFormat: true,
        run: { font: FONT, size: SIZE.table },
        paragraph: { spacing: { after: 0, line: 240, lineRule: LineRuleType.AUTO } },
      },
    ],
  };
}

/** A4 portrait, the house margins, the page number centred in the footer. */
export function pageSection(children: ISectionOptions['children']): ISectionOptions {
  return {
    properties: {
      page: {
        size: A4,
        margin: {
          left: convertMillimetersToTwip(MARGIN_MM.left),
          right: convertMillimetersToTwip(MARGIN_MM.right),
          top: convertMillimetersToTwip(MARGIN_MM.top),
          bottom: convertMillimetersToTwip(MARGIN_MM.bottom),
          footer: convertMillimetersToTwip(8),
        },
      },
    },
    footers: {
      default: new Footer({
        children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: [PageNumber.CURRENT], size: SIZE.small })] })],
      }),
    },
    children,
  };
}
