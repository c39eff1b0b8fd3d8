// The route as a Word document: its parts checked against the house structure, and — where
// LibreOffice is installed, always in CI — its rendering as PDF.

import { convertMillimetersToTwip, Packer } from 'docx';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Workspace } from '../../src/model/workspace.js';
import { BLANK_DATE_LINE } from '../../src/render/format.js';
import { renderRouteDocx } from '../../src/render/route-docx.js';
import { buildRouteView } from '../../src/render/route-view.js';
import { validateWorkspace } from '../../src/validate/validate-workspace.js';
import { canConvertDocx, docxParts, plainText, renderWithLibreOffice, tableRows, type DocxParts } from './docx-helpers.js';

let ws: Workspace;
let bytes: Buffer;
let parts: DocxParts;
let titles: string[];

beforeAll(async () => {
  ws = (await validateWorkspace('examples/solnyshko', { today: '2026-03-20' })).workspace;
  const route = ws.routes.find((r) => r.stem === 'ivanova-ma')!;
  titles = buildRouteView(ws, route, ws.directions).groups.flatMap((g) => g.items.map((i) => i.title));
  bytes = await Packer.toBuffer(renderRouteDocx(ws, route, ws.directions));
  parts = docxParts(bytes);
});

const squash = (text: string) => text.replace(/\s+/g, '');

describe('the .docx of the example route', () => {
  it('is A4 with the margins of Russian documents: left 30, right 15, top 20, bottom 20 mm', () => {
    expect(parts.document).toContain(`<w:pgSz w:w="${convertMillimetersToTwip(210)}" w:h="${convertMillimetersToTwip(297)}"`);
    const margin = /<w:pgMar ([^>]*)\/>/.exec(parts.document)?.[1] ?? '';
    for (const [side, mm] of [['left', 30], ['right', 15], ['top', 20], ['bottom', 20]] as const) {
      expect(margin, side).toContain(`w:${side}="${convertMillimetersToTwip(mm)}"`);
    }
  });

  it('sets Times New Roman 14 pt for text and 12 pt in tables, in Russian', () => {
    const defaults = /<w:docDefaults>.*?<\/w:docDefaults>/s.exec(parts.styles)?.[0] ?? '';
    expect(defaults).toContain('w:ascii="Times New Roman"');
    expect(defaults).toContain('<w:sz w:val="28"/>');
    expect(defaults).toContain('w:val="ru-RU"');
    const table = /<w:style [^>]*w:styleId="TableText".*?<\/w:style>/s.exec(parts.styles)?.[0] ?? '';
    expect(table).toContain('<w:sz w:val="24"/>');
  });

  it('uses Word heading styles, so the navigation pane shows the outline', () => {
    expect(parts.document).toContain('<w:pStyle w:val="Heading1"/>');
    expect(parts.document.match(/<w:pStyle w:val="Heading2"\/>/g)?.length).toBeGreaterThanOrEqual(4);
    for (const id of ['Heading1', 'Heading2', 'Heading3']) {
      const style = new RegExp(`<w:style [^>]*w:styleId="${id}".*?</w:style>`, 's').exec(parts.styles)?.[0] ?? '';
      expect(style, id).toContain('Times New Roman');
    }
  });

  it('numbers the pages in the footer with a PAGE field', () => {
    expect(parts.footers).toMatch(/<w:instrText[^>]*>\s*PAGE\s*<\/w:instrText>/);
    expect(parts.document).toMatch(/<w:footerReference [^>]*w:type="default"/);
  });

  it('puts «ПРИНЯТО» and «УТВЕРЖДАЮ» side by side in a borderless table', () => {
    const row = tableRows(parts.document).find((r) => r.includes('УТВЕРЖДАЮ'))!;
    expect(row).toContain('ПРИНЯТО');
    expect(plainText(row)).toContain('Приказ от 19.09.2025');
    const table = parts.document.slice(parts.document.lastIndexOf('<w:tbl>', parts.document.indexOf('УТВЕРЖДАЮ')), parts.document.indexOf('УТВЕРЖДАЮ'));
    expect(table).toMatch(/<w:tblBorders>(<w:\w+ w:val="none"[^>]*\/>)+<\/w:tblBorders>/);
  });

  it('repeats the plan header row on every page and keeps every item row whole', () => {
    const rows = tableRows(parts.document);
    const header = rows.find((r) => plainText(r).includes('Отметка о выполнении'))!;
    expect(header).toContain('<w:tblHeader/>');
    expect(titles.length).toBeGreaterThanOrEqual(10);
    for (const title of titles) {
      const row = rows.find((r) => plainText(r).includes(title));
      expect(row, title).toBeDefined();
      expect(row, title).toContain('<w:cantSplit/>');
    }
  });

  it('prints every item with its forms, dates and result, and no empty required text', () => {
    const rows = tableRows(parts.document).filter((r) => titles.some((t) => plainText(r).includes(t)));
    for (const row of rows) {
      const cells = (row.match(/<w:tc>.*?<\/w:tc>/gs) ?? []).map((c) => plainText(c).trim());
      expect(cells).toHaveLength(6);
      // № | Содержание | Формы | Сроки | Результат must be filled; the mark may wait for a hand.
      for (const cell of cells.slice(0, 5)) expect(cell, row.slice(0, 80)).not.toBe('');
    }
    const text = plainText(parts.document);
    for (const phrase of ['Индивидуальный образовательный маршрут педагога', 'Иванова Мария Алексеевна', 'Цель', 'Задачи', 'Содержание работы', 'Журнал встреч']) {
      expect(text, phrase).toContain(phrase);
    }
    expect(parts.document).not.toMatch(/<w:t xml:space="preserve">(undefined|null|\[object Object\])<\/w:t>/);
  });

  it('ends the plan with signature lines and the blank date to fill in', () => {
    const text = plainText(parts.document);
    expect(text.match(/\(подпись\)/g)?.length).toBeGreaterThanOrEqual(3);
    expect(text).toContain('Наставник');
    expect(text).toContain(BLANK_DATE_LINE);
  });
});

describe.skipIf(!canConvertDocx)('the .docx of the example route in LibreOffice', () => {
  it('opens, lays out on two pages or more and shows every item title', () => {
    const { pages, text } = renderWithLibreOffice(bytes);
    expect(pages).toBeGreaterThanOrEqual(2);
    const all = squash(text);
    expect(all).toContain(squash('ИНДИВИДУАЛЬНЫЙ ОБРАЗОВАТЕЛЬНЫЙ МАРШРУТ ПЕДАГОГА'));
    for (const title of titles) expect(all, title).toContain(squash(title));
  }, 120_000);
});
