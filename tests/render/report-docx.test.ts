// The report as a Word document: sections as headings, tables with repeated header rows, the
// charts as SVG with a PNG beside it, the signature; and its LibreOffice rendering.

import { Packer } from 'docx';
import { beforeAll, describe, expect, it } from 'vitest';
import { drawChart } from '../../src/cli/chart-picture.js';
import { anonymize } from '../../src/report/anonymize.js';
import { buildReport } from '../../src/report/build-report.js';
import { buildReportDocx } from '../../src/report/report-docx.js';
import { buildReportView, GROWTH_CONFIDENTIAL } from '../../src/report/report-view.js';
import type { Report } from '../../src/report/types.js';
import { validateWorkspace } from '../../src/validate/validate-workspace.js';
import { OPTIONS, Q1_2026 } from '../report/figures-setup.js';
import { canConvertDocx, docxParts, plainText, renderWithLibreOffice, tableRows, type DocxParts } from './docx-helpers.js';

let report: Report;
let bytes: Buffer;
let parts: DocxParts;

beforeAll(async () => {
  const ws = (await validateWorkspace('examples/solnyshko', { today: '2026-03-20' })).workspace;
  report = buildReport(ws, Q1_2026, '2026-03-20', OPTIONS);
  bytes = await Packer.toBuffer(buildReportDocx(buildReportView(report), drawChart));
  parts = docxParts(bytes);
});

const SECTIONS = ['1. Охват наставничеством', '2. Наставнические пары', '3. Выполнение индивидуальных образовательных маршрутов', '4. Встречи наставников и наставляемых', '5. Динамика самооценки', '6. Риски'];

describe('the .docx of the example report', () => {
  it('has the title as Heading 1 and each section as Heading 2', () => {
    const headings = [...parts.document.matchAll(/<w:p><w:pPr><w:pStyle w:val="Heading(\d)"\/>.*?<\/w:p>/gs)].map((m) => [m[1], plainText(m[0])]);
    expect(headings[0]).toEqual(['1', 'Отчёт о реализации программы наставничества\n']);
    expect(headings.filter(([level]) => level === '2').map(([, text]) => text?.trim())).toEqual(SECTIONS);
  });

  it('draws the three charts as SVG with a PNG for word processors without SVG', () => {
    const media = parts.files.filter((f) => f.startsWith('word/media/'));
    expect(media.filter((f) => f.endsWith('.svg'))).toHaveLength(3);
    expect(media.filter((f) => f.endsWith('.png'))).toHaveLength(3);
    expect(parts.document.match(/<asvg:svgBlip /g)?.length).toBeGreaterThanOrEqual(3);
    // The picture's alternative text says the figures in words, as the SVG's title does.
    expect(parts.document).toMatch(/descr="Охват наставничеством: педагогические работники — 72,2\s%/);
  });

  it('repeats the header row of every grid table and keeps rows whole', () => {
    const headers = tableRows(parts.document).filter((r) => r.includes('<w:tblHeader/>'));
    expect(headers.map((r) => plainText(r).split('\n')[0])).toEqual(expect.arrayContaining(['№', 'Вид наставничества', 'Наставник', 'Направление', 'Наставляемый']));
    for (const row of tableRows(parts.document)) expect(row).toContain('<w:cantSplit/>');
  });

  it('ends with the head’s signature, the seal and the executor', () => {
    const text = plainText(parts.document).replace(/\u00a0/g, ' ');
    expect(text).toContain('Заведующий МБДОУ «Детский сад № 12 «Солнышко»');
    expect(text).toContain('Н. И. Сидорова');
    expect(text).toContain('(подпись)');
    expect(text).toContain('М. П.');
    expect(text).toContain('Исполнитель: Кузнецова Е. В.');
    expect(text).toContain('20 марта 2026 г.');
  });

  it('leaves the growth out of an anonymised report; the signatories keep their names', async () => {
    const anonymous = docxParts(await Packer.toBuffer(buildReportDocx(buildReportView(anonymize(report)), drawChart)));
    const text = plainText(anonymous.document).replace(/\u00a0/g, ' ');
    expect(text).toContain(GROWTH_CONFIDENTIAL);
    expect(text).toContain('Н. И. Сидорова');
    expect(text).not.toContain('Иванова');
    expect(anonymous.files.filter((f) => f.endsWith('.svg'))).toHaveLength(2);
  });
});

describe.skipIf(!canConvertDocx)('the .docx of the example report in LibreOffice', () => {
  it('opens and shows every section and the pairs', () => {
    const { pages, text } = renderWithLibreOffice(bytes);
    expect(pages).toBeGreaterThanOrEqual(2);
    const all = text.replace(/\s+/g, '');
    for (const phrase of [...SECTIONS, 'ОТЧЁТ О РЕАЛИЗАЦИИ ПРОГРАММЫ НАСТАВНИЧЕСТВА', 'Целевое значение охвата достигнуто.']) {
      expect(all, phrase).toContain(phrase.replace(/\s+/g, ''));
    }
  }, 120_000);
});
