// Report stage (formats): sections 3 and 4 of the printed report — route items and meetings.

import { countOf, formatDateLong } from '../model/russian.js';
import { formatMinutes } from '../render/format.js';
import { formatPercent, formatShare, ITEM, MEETING } from './report-text.js';
import { doneRatio } from './item-status.js';
import type { ItemCounts, Report } from './types.js';

/** A row of an item table: counts as numbers, the share done as «62,5 %» (or «—» with nothing due). */
export interface ItemRowView {
  label: string;
  /** The mentee's position; empty in the table by direction. */
  position: string;
  due: number;
  /** Due after the as-of date: «срок не наступил». */
  notYetDue: number;
  done: number;
  doneLate: number;
  overdue: number;
  inProgress: number;
  planned: number;
  percentDone: string;
}

export interface ItemsView {
  /** The figures as sentences, each with its numerator and denominator. */
  summary: string[];
  hasItems: boolean;
  byDirection: ItemRowView[];
  byMentee: ItemRowView[];
  total: ItemRowView;
}

export interface MeetingsView {
  /** «Всего проведено: 23 встречи общей продолжительностью 17 ч 15 мин.» */
  summary: string;
  rows: { number: number; mentee: string; position: string; held: number; duration: string }[];
  total: { held: number; duration: string };
}

function itemRow(label: string, position: string, c: ItemCounts): ItemRowView {
  return {
    label,
    position,
    due: c.due,
    notYetDue: c.not_yet_due,
    done: c.done,
    doneLate: c.done_late,
    overdue: c.overdue,
    inProgress: c.in_progress,
    planned: c.planned,
    percentDone: doneRatio(c) === null ? '—' : formatPercent(doneRatio(c)!),
  };
}

export function buildItemsView(report: Report): ItemsView {
  const { items } = report;
  const asOf = formatDateLong(report.period.as_of);
  const base = items.due_by_as_of;
  const share = (n: number) => formatShare({ numerator: n, denominator: base, ratio: base === 0 ? null : n / base }, ITEM);
  const dueLine =
    items.not_yet_due === 0
      ? `Мероприятий индивидуальных образовательных маршрутов со сроком выполнения в периоде: ${items.due}.`
      : `Мероприятий индивидуальных образовательных маршрутов со сроком выполнения в периоде: ${items.due}; ` +
        `из них срок наступил на ${asOf} — ${base}, срок не наступил — ${items.not_yet_due}.`;
  const summary =
    items.due === 0
      ? ['Мероприятий индивидуальных образовательных маршрутов со сроком в периоде нет.']
      : base === 0
        ? [dueLine, `На ${asOf} срок ни одного из них не наступил.`]
        : [
            dueLine,
            `${items.not_yet_due === 0 ? 'Выполнено' : 'Выполнено (из мероприятий, срок которых наступил)'}: ${share(items.done - items.done_ahead)}, ` +
              `из них с опозданием — ${items.done_late}.`,
            ...(items.done_ahead === 0 ? [] : [`Кроме того, выполнено досрочно (до наступления срока): ${countOf(items.done_ahead, ITEM)}.`]),
            `Просрочено: ${share(items.overdue)}.`,
            `В работе — ${items.in_progress}, запланировано — ${items.planned} (просроченные${items.not_yet_due === 0 ? '' : ' и те, срок которых не наступил,'} входят в эти числа).`,
          ];
  return {
    summary,
    hasItems: items.due > 0,
    byDirection: items.by_direction.map((d) => itemRow(d.title, '', d)),
    byMentee: items.by_mentee.map((m) => itemRow(m.mentee.name, m.mentee.position, m)),
    total: itemRow('Итого', '', items),
  };
}

export function buildMeetingsView(report: Report): MeetingsView {
  const { meetings } = report;
  return {
    summary:
      meetings.held === 0
        ? 'Встречи наставников и наставляемых в периоде не проводились.'
        : `Всего проведено: ${countOf(meetings.held, MEETING)} общей продолжительностью ${formatMinutes(meetings.minutes)}.`,
    rows: meetings.by_mentee.map((m, i) => ({
      number: i + 1,
      mentee: m.mentee.name,
      position: m.mentee.position,
      held: m.held,
      duration: formatMinutes(m.minutes),
    })),
    total: { held: meetings.held, duration: formatMinutes(meetings.minutes) },
  };
}
