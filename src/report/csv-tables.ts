// Report stage (formats): the tables of the CSV export — Russian headers, one row per record.

import { doneRatio } from './item-status.js';
import { percentOf } from './report-text.js';
import { RISK_TITLES, riskSentence } from './risk-sentences.js';
import type { ItemCounts, Report, Share } from './types.js';

/** Text, a number the report computed, or nothing. */
export type CsvCell = string | number | null;

export interface CsvTable {
  name: string;
  header: string[];
  rows: CsvCell[][];
}

/** The tables in the order they are written; `summary` is the first. */
export const CSV_TABLE_NAMES = [
  'summary',
  'pairs',
  'pairs-by-kind',
  'mentor-load',
  'items-by-direction',
  'items-by-mentee',
  'meetings-by-mentee',
  'growth',
  'risks',
  'retention',
  'events',
  'surveys',
] as const;

const ITEM_HEADER = ['Со сроком в периоде', 'Срок наступил', 'Срок не наступил', 'Выполнено', 'Из них с опозданием', 'Просрочено', 'В работе', 'Запланировано', 'Выполнено, %'];

function itemCells(c: ItemCounts): CsvCell[] {
  return [c.due, c.due_by_as_of, c.not_yet_due, c.done, c.done_late, c.overdue, c.in_progress, c.planned, doneRatio(c) === null ? null : percentOf(doneRatio(c)!)];
}

function shareCells(share: Share): CsvCell[] {
  return [share.numerator, share.denominator, share.ratio === null ? null : percentOf(share.ratio)];
}

export function buildCsvTables(report: Report): CsvTable[] {
  const { pairs, items, meetings } = report;
  return [
    summaryTable(report),
    {
      name: 'pairs',
      header: [
        '№',
        'Наставник',
        'Должность наставника',
        'Наставляемый',
        'Должность наставляемого',
        'Вид наставничества',
        'Ролевая модель',
        'Начало',
        'Окончание',
        'Прекращено досрочно',
        'Причина досрочного прекращения',
        'Начато в периоде',
        'Завершено в периоде',
      ],
      rows: pairs.list.map((p, i) => [
        i + 1,
        p.mentor.name,
        p.mentor.position,
        p.mentee.name,
        p.mentee.position,
        p.kind_label,
        p.role_label,
        p.start,
        p.end,
        p.ended_early?.date ?? null,
        p.ended_early?.reason ?? null,
        yesNo(p.started_in_period),
        yesNo(p.ended_in_period),
      ]),
    },
    {
      name: 'pairs-by-kind',
      header: ['Вид наставничества', 'Код', 'Действовало в периоде', 'Начато', 'Завершено'],
      rows: pairs.by_kind.map((k) => [k.label, k.kind, k.active, k.started, k.ended]),
    },
    {
      name: 'mentor-load',
      header: ['Наставник', 'Должность', 'Наставляемых в периоде', 'Наибольшее число одновременно', 'Допустимо одновременно'],
      rows: pairs.mentor_load.map((m) => [m.mentor.name, m.mentor.position, m.mentees, m.peak, m.capacity]),
    },
    {
      name: 'items-by-direction',
      header: ['Направление', 'Код направления', ...ITEM_HEADER],
      rows: items.by_direction.map((d) => [d.title, d.direction, ...itemCells(d)]),
    },
    {
      name: 'items-by-mentee',
      header: ['Наставляемый', 'Должность', ...ITEM_HEADER],
      rows: items.by_mentee.map((m) => [m.mentee.name, m.mentee.position, ...itemCells(m)]),
    },
    {
      name: 'meetings-by-mentee',
      header: ['Наставляемый', 'Должность', 'Встреч проведено', 'Продолжительность, мин'],
      rows: meetings.by_mentee.map((m) => [m.mentee.name, m.mentee.position, m.held, m.minutes]),
    },
    {
      name: 'growth',
      header: ['Направление', 'Код направления', 'Наставляемых', 'Входная самооценка', 'Последняя самооценка', 'Изменение'],
      rows: report.growth.map((g) => [g.title, g.direction, g.teachers, g.entry, g.latest, g.change]),
    },
    {
      name: 'risks',
      header: ['Код риска', 'Риск', 'Педагог', 'Должность', 'Описание'],
      rows: report.risks.map((r) => [r.code, RISK_TITLES[r.code], r.person.name, r.person.position, riskSentence(r)]),
    },
    ...programmeTables(report),
  ];
}

/** v1.1: retention (the people counted), the programme's events, and each survey's questions. */
function programmeTables(report: Report): CsvTable[] {
  const retention = (horizon: string, figure: Report['retention']['one_year']): CsvCell[][] =>
    figure.people.map((p) => [horizon, p.person.name, p.person.position, p.hired, p.anniversary, yesNo(p.retained)]);
  return [
    {
      name: 'retention',
      header: ['Срок', 'Молодой специалист', 'Должность', 'Принят(а)', 'Годовщина', 'Работает на дату годовщины'],
      rows: [...retention('1 год', report.retention.one_year), ...retention('3 года', report.retention.three_years)],
    },
    {
      name: 'events',
      header: ['Код', 'Мероприятие', 'Этап', 'Вид', 'Плановая дата', 'Проведено', 'Отметка', 'Ответственный', 'Участников', 'Результат'],
      rows: report.events.list.map((e) => [
        e.id,
        e.title,
        e.stage_label,
        e.kind_label,
        e.date,
        e.held_on,
        EVENT_MARKS[e.status],
        e.responsible.name === '' ? e.responsible.position : e.responsible.name,
        e.participants,
        e.result,
      ]),
    },
    {
      name: 'surveys',
      header: ['Анкетирование', 'Дата', 'Кого опрашивали', 'Ответов', 'Приглашено', 'Доля ответивших, %', 'Код вопроса', 'Вопрос', 'Ответов на вопрос', 'Средняя оценка'],
      rows: report.surveys.flatMap((s) =>
        s.questions.map((q) => [
          s.id,
          s.date,
          s.audience === 'mentees' ? 'наставляемые' : 'наставники',
          s.responses,
          s.invited,
          s.response_rate === null ? null : percentOf(s.response_rate),
          q.id,
          q.text,
          q.answers,
          q.mean,
        ]),
      ),
    },
  ];
}

const EVENT_MARKS = { done: 'проведено', cancelled: 'отменено', overdue: 'не проведено в срок', planned: 'запланировано' } as const;

/** The figures with what they are made of: value (numerator), denominator, percent, target. */
function summaryTable(report: Report): CsvTable {
  const { coverage, pairs, items, meetings } = report;
  const count = (label: string, value: number): CsvCell[] => [label, value, null, null, null];
  const text = (label: string, value: string): CsvCell[] => [label, value, null, null, null];
  return {
    name: 'summary',
    header: ['Показатель', 'Значение', 'Знаменатель', 'Доля, %', 'Цель, %'],
    rows: [
      text('Организация', report.organization.name),
      text('Программа', report.programme.title),
      text('Период', report.period.label),
      text('Начало периода', report.period.start),
      text('Окончание периода', report.period.end),
      text('Дата формирования', report.today),
      text('Данные на дату', report.period.as_of),
      text('Отчёт обезличен', yesNo(report.anonymized)),
      ['Педагогические работники в наставничестве', ...shareCells(coverage.staff), percentOf(coverage.staff.target)],
      ['Молодые специалисты с наставником', ...shareCells(coverage.young_specialists), null],
      count('Пары, действовавшие в периоде', pairs.active),
      count('Пары, начатые в периоде', pairs.started),
      count('Пары, завершённые в периоде', pairs.ended),
      count('Из них досрочно', pairs.ended_early),
      count('Мероприятия ИОМ со сроком в периоде', items.due),
      count('Из них срок наступил на дату данных', items.due_by_as_of),
      count('Из них срок не наступил', items.not_yet_due),
      ['Выполнено мероприятий (срок наступил)', items.done - items.done_ahead, items.due_by_as_of, doneRatio(items) === null ? null : percentOf(doneRatio(items)!), null],
      count('Выполнено досрочно (срок не наступил)', items.done_ahead),
      ['Из них с опозданием', items.done_late, items.done, items.done === 0 ? null : percentOf(items.done_late / items.done), null],
      ['Просрочено мероприятий', items.overdue, items.due_by_as_of, items.due_by_as_of === 0 ? null : percentOf(items.overdue / items.due_by_as_of), null],
      count('Мероприятия в работе', items.in_progress),
      count('Мероприятия запланированы', items.planned),
      count('Встречи наставников и наставляемых', meetings.held),
      count('Продолжительность встреч, мин', meetings.minutes),
      count('Выявлено рисков', report.risks.length),
      ['Молодые специалисты, работающие через год после приёма', ...shareCells(report.retention.one_year), null],
      ['Молодые специалисты, работающие через три года после приёма', ...shareCells(report.retention.three_years), null],
      count('Мероприятия дорожной карты в периоде', report.events.list.length),
      count('Проведено мероприятий', report.events.held),
      count('Отменено мероприятий', report.events.cancelled),
      count('Не проведено в срок', report.events.overdue),
      count('Участников проведённых мероприятий', report.events.participants),
      ...report.surveys.flatMap((s): CsvCell[][] => [
        [`Анкетирование ${s.id} (${s.date}): ответили из приглашённых`, s.responses, s.invited, s.response_rate === null ? null : percentOf(s.response_rate), null],
        [`Анкетирование ${s.id} (${s.date}): средняя оценка (1–10)`, s.mean, null, null, null],
      ]),
    ],
  };
}

function yesNo(value: boolean): string {
  return value ? 'да' : 'нет';
}
