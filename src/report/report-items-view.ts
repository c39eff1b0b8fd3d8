// Report stage (formats): sections 3 and 4 of the printed report — route items and meetings.

import { formatMinutes } from '../render/format.js';
import { countOf, formatPercent, formatShare, ITEM, MEETING } from './report-text.js';
import type { ItemCounts, Report } from './types.js';

/** A row of an item table: counts as numbers, the share done as «62,5 %» (or «—» with nothing due). */
export interface ItemRowView {
  label: string;
  /** The mentee's position; empty in the table by direction. */
  position: string;
  due: number;
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
    done: c.done,
    doneLate: c.done_late,
    overdue: c.overdue,
    inProgress: c.in_progress,
    planned: c.planned,
    percentDone: c.due === 0 ? '—' : formatPercent(c.done / c.due),
  };
}

export function buildItemsView(report: Report): ItemsView {
  const { items } = report;
  const summary =
    items.due === 0
      ? ['Мероприятий индивидуальных образовательных маршрутов со сроком в периоде нет.']
      : [
          `Мероприятий индивидуальных образовательных маршрутов со сроком выполнения в периоде: ${items.due}.`,
          `Выполнено: ${formatShare({ numerator: items.done, denominator: items.due, ratio: items.done / items.due }, ITEM)}, ` +
            `из них с опозданием — ${items.done_late}.`,
          `Просрочено: ${formatShare({ numerator: items.overdue, denominator: items.due, ratio: items.overdue / items.due }, ITEM)}.`,
          `В работе — ${items.in_progress}, запланировано — ${items.planned} (просроченные входят в эти числа).`,
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
