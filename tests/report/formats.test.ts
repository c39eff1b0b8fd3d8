import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { TemplateError } from '../../src/render/handlebars.js';
import { anonymize } from '../../src/report/anonymize.js';
import { toJson } from '../../src/report/json.js';
import { renderReport } from '../../src/report/render-report.js';
import { buildReportView } from '../../src/report/report-view.js';
import type { Report } from '../../src/report/types.js';
import { PEOPLE, REPORT_SECTIONS, sampleReport } from './formats-fixture.js';

const SECTIONS = REPORT_SECTIONS;
const XSS = '<script>alert(1)</script>';
const NBSP = '\u00a0';

/** A report of a kindergarten with nothing in it yet: every list empty, every share of nobody. */
function emptyReport(): Report {
  const report = sampleReport();
  report.coverage = {
    staff: { numerator: 0, denominator: 0, ratio: null, target: 0.7, meets_target: false },
    young_specialists: { numerator: 0, denominator: 0, ratio: null },
  };
  report.pairs = { active: 0, started: 0, ended: 0, ended_early: 0, by_kind: [], list: [], groups: [], mentor_load: [] };
  report.items = { due: 0, due_by_as_of: 0, not_yet_due: 0, done: 0, done_ahead: 0, done_late: 0, overdue: 0, in_progress: 0, planned: 0, by_direction: [], by_mentee: [] };
  report.meetings = { held: 0, minutes: 0, by_mentee: [] };
  report.growth = [];
  report.risks = [];
  report.organization.curator = null;
  return report;
}

function withStaff(numerator: number, denominator: number): Report {
  const report = sampleReport();
  const ratio = Math.round((numerator / denominator) * 10_000) / 10_000;
  report.coverage.staff = { numerator, denominator, ratio, target: 0.7, meets_target: ratio >= 0.7 };
  return report;
}

const temporary: string[] = [];
afterEach(() => {
  for (const dir of temporary.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('toJson', () => {
  it('is the report itself, indented by two spaces, with a final newline', () => {
    const report = sampleReport();
    const json = toJson(report);
    expect(json.endsWith('}\n')).toBe(true);
    expect(json.startsWith('{\n  "version": "1.1",\n  "period": {\n')).toBe(true);
    expect(JSON.parse(json)).toEqual(report);
  });
});

describe('the HTML report', () => {
  const html = renderReport(sampleReport(), 'html');

  it('is a Russian A4 document in the house style: numbered pages, repeated table heads, rows kept whole', () => {
    expect(html).toMatch(/^<!DOCTYPE html>\n<html lang="ru">/);
    expect(html).toContain('size: A4');
    expect(html).toContain('content: counter(page)');
    expect(html).toContain('thead { display: table-header-group; }');
    expect(html).toContain('tr { break-inside: avoid; }');
  });

  it('has the title, the organisation, the programme and the period', () => {
    expect(html).toContain('<h1>Отчёт о реализации программы наставничества</h1>');
    expect(html).toContain('Муниципальное бюджетное дошкольное образовательное учреждение «Детский сад №\u00a012 «Солнышко»');
    expect(html).toContain('<p class="address">г.\u00a0Вологда, ул.\u00a0Ленина, д.\u00a01</p>');
    expect(html).toContain('Программа наставничества «Каждому таланту — наставника»');
    expect(html).toContain('<p class="period">за I квартал 2026\u00a0г.</p>');
    expect(html).toContain('(с 1 января 2026\u00a0г. по 31 марта 2026\u00a0г.; данные на 31 марта 2026\u00a0г.)');
  });

  it('has every section title, in order', () => {
    const positions = SECTIONS.map((title) => html.indexOf(`<h2>${title}</h2>`));
    expect(positions.every((p) => p > 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  });

  it('gives coverage with numerator, denominator and target', () => {
    expect(html).toContain(`<td>11 из 15 педагогов — 73,3${NBSP}% (цель — 70${NBSP}%)</td>`);
    expect(html).toContain(`<td>5 из 6 молодых специалистов — 83,3${NBSP}%</td>`);
    expect(html).toContain('Целевое значение охвата достигнуто.');
    expect(html).toContain('<svg xmlns="http://www.w3.org/2000/svg" class="chart"');
  });

  it('counts teachers with the right plural: 1 педагог, 3 педагога, 5 педагогов, 21 педагог', () => {
    const cases: [number, number, string, string][] = [
      [1, 1, '1 педагог', '1 из 1 педагога — 100'],
      [3, 3, '3 педагога', '3 из 3 педагогов — 100'],
      [5, 5, '5 педагогов', '5 из 5 педагогов — 100'],
      [1, 21, '21 педагог', '1 из 21 педагога — 4,8'],
      [8, 15, '15 педагогов', `8 из 15 педагогов — 53,3${NBSP}% (цель — 70${NBSP}%)`],
    ];
    for (const [numerator, denominator, count, share] of cases) {
      const page = renderReport(withStaff(numerator, denominator), 'html');
      expect(page).toContain(`<td>${count}</td>`);
      expect(page).toContain(share);
    }
    expect(renderReport(withStaff(8, 15), 'html')).toContain('Целевое значение охвата не достигнуто.');
  });

  it('lists the pairs, their kinds, the early end with its reason and the mentors’ load', () => {
    expect(html).toContain('<td>Петрова Ольга Владимировна<div class="position">воспитатель</div></td>');
    // Смирнова's group of Белова and Орлова is one row.
    expect(html).toContain(
      '<div class="mentee">Белова Анастасия Сергеевна<div class="position">воспитатель</div></div><div class="mentee">Орлова Дарья Викторовна<div class="position">воспитатель</div></div></td><td>групповое (2 наставляемых)',
    );
    expect(html).toContain('<td class="dates">01.09.2025 – 29.05.2026</td>');
    expect(html).toContain(
      'Наставнических пар в периоде: 4, наставнических групп: 1 (в них 2 наставляемых); начато — 1; завершено — 0; досрочно прекращено наставничество у 1 наставляемого.',
    );
    expect(html).toContain('<p>Форма наставничества — «педагог — педагог».</p>');
    expect(html).toContain('<th>Вид наставничества / ролевая модель</th>');
    expect(html).toContain('<td>групповое</td><td class="count">1</td><td class="count">2</td>');
    expect(html).toContain(
      `<li>Орлова${NBSP}Д.${NBSP}В. (наставник — Смирнова${NBSP}Т.${NBSP}Н.): прекращено 20 января 2026\u00a0г.; причина — увольнение наставляемой по собственному желанию.</li>`,
    );
    expect(html).toContain('<th>Наставник</th><th>Должность</th><th>Наставляемых в периоде</th>');
  });

  it('shows route progress with its figures, chart and both tables', () => {
    expect(html).toContain('Выполнено: 35 из 53 мероприятий — 66\u00a0%, из них с опозданием — 6.');
    expect(html).toContain('Просрочено: 9 из 53 мероприятий — 17\u00a0%.');
    expect(html).toContain('<h3>По направлениям</h3>');
    expect(html).toContain('<h3>По наставляемым</h3>');
    expect(html).toContain('<tr class="total"><td>Итого</td><td class="count">53</td>');
    expect(html).toContain('aria-labelledby="chart-items-title chart-items-desc"');
  });

  it('shows the meetings with plurals and durations', () => {
    expect(html).toContain('Всего проведено: 40 встреч общей продолжительностью 30\u00a0ч\u00a015\u00a0мин.');
    const one = sampleReport();
    one.meetings = { held: 1, minutes: 45, by_mentee: [{ mentee: PEOPLE.ivanova, held: 1, minutes: 45 }] };
    expect(renderReport(one, 'html')).toContain('Всего проведено: 1 встреча общей продолжительностью 45\u00a0мин.');
  });

  it('shows self-assessment growth with a chart and signed changes', () => {
    expect(html).toContain('aria-labelledby="chart-growth-title chart-growth-desc"');
    expect(html).toContain('<td class="count">1,10</td><td class="count">0,80</td><td class="count">\u22120,30</td>');
    expect(html).toContain('<td class="count">+0,62</td>');
  });

  it('says each risk as a sentence under its kind', () => {
    expect(html).toContain('<h3>Просроченные мероприятия ИОМ</h3>');
    expect(html).toContain(`Белова${NBSP}А.${NBSP}С. (воспитатель): просрочено 3 мероприятия индивидуального образовательного маршрута.`);
    expect(html).toContain('с 6 февраля 2026\u00a0г. нет ни выполненных мероприятий ИОМ, ни встреч с наставником.');
    expect(html).toContain(
      `наставничество (наставник — Фёдорова${NBSP}Л.${NBSP}С.) завершается 30 апреля 2026\u00a0г., а в ИОМ не выполнено 4 мероприятия.`,
    );
    expect(html).toContain('молодой специалист (педагогический стаж — 0,5 года) без наставника.');
  });

  it('ends with the head’s signature, М. П., the date and the executor', () => {
    expect(html).toContain(
      `<td class="sign-role">Заведующий МБДОУ «Детский сад №${NBSP}12 «Солнышко»</td><td class="sign-line"></td><td class="sign-name">Н.${NBSP}И.${NBSP}Сидорова</td>`,
    );
    expect(html).toContain('<p class="stamp">М.&nbsp;П.</p>');
    expect(html).toContain('<p class="date">31 марта 2026\u00a0г.</p>');
    expect(html).toContain(`<p class="executor">Исполнитель: Кузнецова${NBSP}Е.${NBSP}В., старший воспитатель, тел.${NBSP}+7 (8172) 00-00-00</p>`);
  });

  it('escapes user text', () => {
    const report = sampleReport();
    report.pairs.list[0]!.mentor = { ...PEOPLE.vasilyeva, name: XSS };
    report.items.by_direction[0]!.title = XSS;
    report.organization.name = XSS;
    const page = renderReport(report, 'html');
    expect(page).not.toContain('<script>');
    expect(page).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  });

  it('renders a report with nothing in it', () => {
    const page = renderReport(emptyReport(), 'html');
    expect(page).toContain('<td>0 из 0 педагогов — не рассчитывается (цель — 70\u00a0%)</td>');
    expect(page).toContain('Наставнических пар в периоде: 0;');
    expect(page).toContain('Мероприятий индивидуальных образовательных маршрутов со сроком в периоде нет.');
    expect(page).toContain('Встречи наставников и наставляемых в периоде не проводились.');
    expect(page).toContain('ни у одного наставляемого нет входной и повторной самооценки');
    expect(page).toContain('<p>Рисков не выявлено.</p>');
    expect(page).not.toContain('chart-items');
  });
});

describe('an anonymised HTML report', () => {
  const html = renderReport(anonymize(sampleReport()), 'html');

  it('says it is anonymised, and that self-assessment results are confidential and left out', () => {
    expect(html).toContain('Обезличенный отчёт: педагоги обозначены кодами (М — наставники, Н — наставляемые).');
    expect(html).toContain('<p class="note">Результаты самооценки педагогов конфиденциальны и в обезличенный отчёт не включаются.</p>');
    expect(html).not.toContain('chart-growth');
  });

  it('keeps the signatories by name: an official report is signed by name', () => {
    expect(html).toContain(`<td class="sign-name">Н.${NBSP}И.${NBSP}Сидорова</td>`);
    expect(html).toContain(`Исполнитель: Кузнецова${NBSP}Е.${NBSP}В., старший воспитатель`);
  });
});

describe('the Markdown report', () => {
  const md = renderReport(sampleReport(), 'md');

  it('has the title, every section and the figures', () => {
    expect(md).toContain('# Отчёт о реализации программы наставничества');
    for (const title of SECTIONS) expect(md).toContain(`## ${title}`);
    expect(md).toContain(`| Охват педагогических работников наставничеством | 11 из 15 педагогов — 73,3${NBSP}% (цель — 70${NBSP}%) |`);
    expect(md).toContain('> Диаграммы приводятся в HTML-версии отчёта.');
    expect(md).toContain('31 марта 2026\u00a0г.');
    expect(md).not.toContain('<svg');
  });

  it('escapes pipes and markup in table cells', () => {
    const report = sampleReport();
    report.pairs.list[0]!.mentor = { ...PEOPLE.vasilyeva, name: 'Васильева | *И.* Г.' };
    const page = renderReport(report, 'md');
    expect(page).toContain('| 1 | Васильева \\| \\*И.\\* Г.<br>*учитель-логопед* |');
  });
});

describe('the report templates', () => {
  it('use {{…}} for all data: no triple braces', () => {
    for (const name of ['report.html.hbs', 'report.md.hbs']) {
      expect(readFileSync(join('templates', name), 'utf8')).not.toContain('{{{');
    }
  });

  it('give the charts to the template as safe strings, not as text to escape', () => {
    const view = buildReportView(sampleReport());
    expect(view.coverage.chart.toHTML()).toMatch(/^<svg /);
  });

  it('are replaced by a workspace’s own templates/report.html.hbs', () => {
    const root = mkdtempSync(join(tmpdir(), 'mentor-report-'));
    temporary.push(root);
    mkdirSync(join(root, 'templates'));
    writeFileSync(join(root, 'templates', 'report.html.hbs'), '<p>Свой отчёт {{period}}: {{coverage.rows.2.value}}</p>\n');
    expect(renderReport(sampleReport(), 'html', { workspaceRoot: root })).toBe(
      `<p>Свой отчёт за I квартал 2026\u00a0г.: 11 из 15 педагогов — 73,3${NBSP}% (цель — 70${NBSP}%)</p>\n`,
    );
    // The Markdown one is still the built-in.
    expect(renderReport(sampleReport(), 'md', { workspaceRoot: root })).toContain('## 1. Охват наставничеством');
  });

  it('fail with a TemplateError when a workspace template reads a field the report lacks', () => {
    const root = mkdtempSync(join(tmpdir(), 'mentor-report-'));
    temporary.push(root);
    mkdirSync(join(root, 'templates'));
    writeFileSync(join(root, 'templates', 'report.html.hbs'), '<p>{{coverage.nonsense}}</p>\n');
    expect(() => renderReport(sampleReport(), 'html', { workspaceRoot: root })).toThrow(TemplateError);
  });
});

describe('the sections of record format 1.1', () => {
  const html = renderReport(sampleReport(), 'html');

  it('list the programme’s events with their marks, participants and results', () => {
    expect(html).toContain(
      'Мероприятий дорожной карты в периоде: 4; проведено — 2 (участников — 7), отменено — 1, не проведено в срок — 0, запланировано — 1.',
    );
    expect(html).toContain('<td>проведено 20.02.2026</td><td class="count">3</td>');
    expect(html).toContain('<td>отменено</td><td class="count">—</td><td>карантин</td>');
  });

  it('show each survey with its response rate, a chart, the means and the comments', () => {
    expect(html).toContain('<h3>Промежуточное анкетирование наставляемых, 23.01.2026</h3>');
    expect(html).toContain(`Ответили 5 из 6 наставляемых — 83,3${NBSP}%. Средняя оценка по всем вопросам — 8,22 из 10.`);
    expect(html).toContain('aria-labelledby="chart-survey-1-title');
    expect(html).toContain('<td class="count">4</td><td class="count">7,75</td>');
    expect(html).toContain('<li>Хотелось бы больше открытых занятий</li>');
  });

  it('say what the figures say without notes, with lines for the tasks', () => {
    expect(html).toContain('<li>Охват педагогических работников наставничеством — 73,3\u00a0% при целевом значении 70\u00a0%: цель достигнута.</li>');
    expect(html).toContain('Задачи на следующий период (заполняет методист):');
  });

  it('print notes/<period>.md instead, paragraphs and lists', () => {
    const report = { ...sampleReport(), notes: '# Выводы\n\nПрограмма выполняется.\n\n- Провести конкурс\n- Обновить ИОМ <b>' };
    const page = renderReport(report, 'html');
    expect(page).toContain('<h3>Выводы</h3>\n<p>Программа выполняется.</p>');
    expect(page).toContain('<li>Обновить ИОМ &lt;b&gt;</li>');
    expect(page).not.toContain('заполняет методист');
    expect(renderReport(report, 'md')).toContain('- Провести конкурс');
  });

  it('drop survey comments and leave the shares when anonymised', () => {
    const page = renderReport(anonymize(sampleReport()), 'html');
    expect(page).not.toContain('Хотелось бы больше');
    expect(page).toContain('Ответили 5 из 6 наставляемых');
  });
});
