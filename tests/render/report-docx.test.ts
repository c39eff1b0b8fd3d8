// The report as a Word document: sections as headings, tables with repeated header rows, the
// charts as SVG with a PNG beside it, the signature; and its LibreOffice rendering.

import { readFileSync } from 'node:fs';
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
import { REPORT_SECTIONS } from '../report/formats-fixture.js';

let report: Report;
let bytes: Buffer;
let parts: DocxParts;

beforeAll(async () => {
  const ws = (await validateWorkspace('examples/solnyshko', { today: '2026-03-20' })).workspace;
  // The CLI reads notes/<period>.md and hands its text over; so does the test.
  report = buildReport(ws, Q1_2026, '2026-03-20', { ...OPTIONS, notes: readFileSync('examples/solnyshko/notes/2026Q1.md', 'utf8') });
  bytes = await Packer.toBuffer(buildReportDocx(buildReportView(report), drawChart));
  parts = docxParts(bytes);
});

const SECTIONS = REPORT_SECTIONS;

/** The tables whose header row starts with `first`, each row as its cells' text. */
function tablesWith(document: string, first: string): string[][][] {
  const cellsOf = (row: string) => [...row.matchAll(/<w:tc>.*?<\/w:tc>/gs)].map((cell) => plainText(cell[0]).replace(/\u00ad/g, '').replace(/\s+/g, ' ').trim());
  return [...document.matchAll(/<w:tbl>.*?<\/w:tbl>/gs)].map((table) => tableRows(table[0]).map(cellsOf)).filter((rows) => rows[0]?.[0] === first);
}

const tableWith = (document: string, first: string, header: string): string[][] => tablesWith(document, first).find((rows) => rows[0]?.[1] === header) ?? [];

const textOf = (document: string) => plainText(document).replace(/[\u00a0\s]+/g, ' ').replace(/\u00ad/g, '');

describe('the .docx of the example report', () => {
  it('has the title as Heading 1 and each section as Heading 2', () => {
    const headings = [...parts.document.matchAll(/<w:p><w:pPr><w:pStyle w:val="Heading(\d)"\/>.*?<\/w:p>/gs)].map((m) => [m[1], plainText(m[0])]);
    expect(headings[0]).toEqual(['1', 'Отчёт о реализации программы наставничества\n']);
    expect(headings.filter(([level]) => level === '2').map(([, text]) => text?.trim())).toEqual(SECTIONS);
  });

  it('draws the five charts (coverage, items, two surveys, growth) as SVG with a PNG for word processors without SVG', () => {
    const media = parts.files.filter((f) => f.startsWith('word/media/'));
    expect(media.filter((f) => f.endsWith('.svg'))).toHaveLength(5);
    expect(media.filter((f) => f.endsWith('.png'))).toHaveLength(5);
    expect(parts.document.match(/<asvg:svgBlip /g)?.length).toBeGreaterThanOrEqual(5);
    // The picture's alternative text says the figures in words, as the SVG's title does.
    expect(parts.document).toMatch(/descr="Охват наставничеством: педагогические работники — 72,2\s%/);
  });

  it('prints the retention figures under section 1', () => {
    const text = textOf(parts.document);
    expect(text).toContain('Закрепляемость молодых специалистов');
    expect(text).toContain('Работают через год после приёма');
    expect(tableWith(parts.document, 'Молодой специалист', 'Срок')[0]).toEqual(['Молодой специалист', 'Срок', 'Принят(а)', 'Годовщина', 'На дату годовщины']);
  });

  it('has the «Срок не наступил» column and the share of items due in both items tables', () => {
    const header = ['Всего', 'Срок не наступил', 'Выполнено', 'в т. ч. с опозданием', 'Просрочено', 'В работе', 'Запланировано', 'Выполнено, % (срок наступил)'];
    const byDirection = tableWith(parts.document, 'Направление', 'Всего');
    expect(byDirection[0]).toEqual(['Направление', ...header]);
    expect(byDirection.at(-1)).toEqual(['Итого', '13', '3', '8', '0', '2', '3', '2', '80 %']);
    expect(tableWith(parts.document, 'Наставляемый', 'Всего')[0]).toEqual(['Наставляемый', ...header]);
  });

  it('lists the programme’s events with their marks and results', () => {
    const rows = tableWith(parts.document, '№', 'Мероприятие');
    expect(rows[0]).toEqual(['№', 'Мероприятие', 'Срок', 'Ответственный', 'Отметка о выполнении', 'Участников', 'Результат']);
    expect(rows).toHaveLength(5);
    expect(rows[1]?.[1]).toContain('Школа молодого педагога');
    expect(rows[1]?.slice(2, 6)).toEqual(['21.01.2026', 'Кузнецова Е. В.', 'проведено 21.01.2026', '5']);
    expect(rows[3]?.[4]).toBe('отменено');
    expect(textOf(parts.document)).toContain('Мероприятий дорожной карты в периоде: 4; проведено — 2 (участников — 9)');
  });

  it('prints both surveys: heading, summary, the questions with their means, the comments', () => {
    const text = textOf(parts.document);
    expect(text).toContain('Промежуточное анкетирование наставляемых, 23.01.2026');
    expect(text).toContain('Ответили 3 из 6 наставляемых — 50 %. Средняя оценка по всем вопросам — 8,23 из 10.');
    expect(text).toContain('Промежуточное анкетирование наставников, 23.01.2026');
    const surveys = tablesWith(parts.document, '№').filter((rows) => rows[0]?.[1] === 'Вопрос анкеты');
    expect(surveys).toHaveLength(2);
    expect(surveys[0]?.[0]).toEqual(['№', 'Вопрос анкеты', 'Ответов', 'Средняя оценка (1–10)']);
    expect(surveys[0]?.[1]).toEqual(['1', 'Насколько комфортно вам работать с наставником?', '3', '9,00']);
    expect(surveys.map((rows) => rows.length)).toEqual([11, 11]);
    expect(text).toContain('Комментарии участников:');
    expect(text).toContain('Хотелось бы больше открытых занятий опытных педагогов');
  });

  it('prints the conclusions from notes/2026Q1.md, not the figures’ sentences', () => {
    const text = textOf(parts.document);
    const section = text.slice(text.indexOf('9. Выводы и задачи на следующий период'));
    expect(section).toContain('Программа наставничества в I квартале 2026 г. реализуется по дорожной карте');
    expect(section).toContain('Задачи на II квартал');
    expect(section).toContain('Закрепить наставника за А. И. Лебедевым (приказ до 10.04.2026).');
    expect(section).not.toContain('Что показывают данные отчёта:');
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
    expect(anonymous.files.filter((f) => f.endsWith('.svg'))).toHaveLength(4);
  });

  it('prints no survey comments and no notes in an anonymised report, but what the figures say and lines to fill', async () => {
    const anonymous = docxParts(await Packer.toBuffer(buildReportDocx(buildReportView(anonymize(report)), drawChart)));
    const text = textOf(anonymous.document);
    expect(text).toContain('6. Удовлетворённость участников программы');
    expect(text).toContain('Промежуточное анкетирование наставляемых, 23.01.2026');
    expect(text).not.toContain('Комментарии участников');
    expect(text).not.toContain('Хотелось бы больше открытых занятий');
    expect(text).not.toContain('Программа наставничества в I квартале 2026 г. реализуется');
    expect(text).not.toContain('Лебедевым');
    expect(text).toContain('Что показывают данные отчёта:');
    expect(text).toContain('Задачи на следующий период (заполняет методист):');
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
