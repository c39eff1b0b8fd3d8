// History stage (words): what `mentor log` says — column titles, each event's change, its
// messages — in both languages.

import { pluralEn, suggestionList, type Lang } from '../messages/catalogue.js';
import { formatDateShort, pluralRu } from '../model/russian.js';
import type { EventKind, HistoryEvent } from './types.js';

export interface LogText {
  columns: readonly [string, string, string, string, string, string];
  /** A date as the table shows it. */
  date: (iso: string) => string;
  status: (code: string | undefined) => string;
  change: Record<EventKind, (e: HistoryEvent, t: LogText) => string>;
  backDated: (doneOn: string, recorded: string, days: number) => string;
  summary: (events: number, warnings: number) => string;
  badId: (id: string) => string;
  /** No commit held a record of the id; `suggestion`: the nearest ids of the workspace ('' when none is near). */
  noHistory: (id: string, suggestion: string) => string;
  noRoutes: string;
}

const STATUS_RU: Record<string, string> = { planned: 'запланировано', in_progress: 'в работе', done: 'выполнено', cancelled: 'отменено' };
const STATUS_EN: Record<string, string> = { planned: 'planned', in_progress: 'in progress', done: 'done', cancelled: 'cancelled' };

const dateRu = formatDateShort;

/** `выполнено 01.10.2025`: a status with the done_on that came with it. */
const withDone = (e: HistoryEvent, t: LogText, status: string | undefined): string =>
  e.done_on === undefined ? t.status(status) : `${t.status(status)} ${t.date(e.done_on)}`;

const maybe = (value: string | undefined, t: LogText): string => (value === undefined ? '?' : t.date(value));

export const LOG_TEXT: Record<Lang, LogText> = {
  ru: {
    columns: ['Дата', 'Коммит', 'Автор', 'Файл', 'Мероприятие', 'Изменение'],
    date: dateRu,
    status: (code) => (code === undefined ? 'без статуса' : (STATUS_RU[code] ?? code)),
    change: {
      'file-created': () => 'файл создан',
      'file-renamed': (e) => `переименован, прежде: ${e.from ?? '?'}`,
      'file-deleted': () => 'файл удалён',
      'file-restored': () => 'файл создан заново',
      'file-unreadable': () => 'файл не читается как YAML',
      'item-added': (e, t) => `добавлено: ${withDone(e, t, e.to)}`,
      'item-removed': (e, t) => `удалено (было: ${t.status(e.from)})`,
      'status-changed': (e, t) => `${t.status(e.from)} → ${withDone(e, t, e.to)}`,
      'done-on-changed': (e, t) =>
        `дата выполнения: ${e.from === undefined ? '' : `${t.date(e.from)} → `}${e.to === undefined ? 'снята' : t.date(e.to)}`,
      'pair-added': (e, t) => `пара добавлена: ${maybe(e.from, t)}–${maybe(e.to, t)}`,
      'pair-ended-early': (e, t) =>
        `пара завершена досрочно ${maybe(e.to, t)}${e.from === undefined ? '' : ` (прежде: ${t.date(e.from)})`}${e.reason === undefined ? '' : `: ${e.reason}`}`,
      'pair-removed': () => 'пара удалена',
      'left-set': (e, t) => `дата увольнения: ${e.from === undefined ? '' : `${t.date(e.from)} → `}${maybe(e.to, t)}`,
      'left-cleared': (e, t) => `дата увольнения снята (была ${maybe(e.from, t)})`,
    },
    backDated: (d, r, n) =>
      `⚠ отметка задним числом: выполнено ${dateRu(d)}, записано ${dateRu(r)} (${n} ${pluralRu(n, 'день', 'дня', 'дней')})`,
    summary: (e, w) =>
      `${e} ${pluralRu(e, 'событие', 'события', 'событий')}, ${w} ${pluralRu(w, 'предупреждение', 'предупреждения', 'предупреждений')}`,
    badId: (id) =>
      `«${id}» — не идентификатор педагога (строчные латинские буквы, цифры и дефис) и не ИОМ вида 2025-2026/ivanova-ma.`,
    noHistory: (id, s) =>
      `У «${id}» нет истории в git: ни ИОМ, ни файла наставника, ни карточки педагога с таким идентификатором не было ни в одном коммите.${s ? ` Может быть, ${suggestionList(s, (x) => `«${x}»`, 'или')}?` : ''}`,
    noRoutes: 'В git пока нет ни одного ИОМ (routes/): истории нет.',
  },
  en: {
    columns: ['Date', 'Commit', 'Author', 'File', 'Item', 'Change'],
    date: (iso) => iso,
    status: (code) => (code === undefined ? 'no status' : (STATUS_EN[code] ?? code)),
    change: {
      'file-created': () => 'file created',
      'file-renamed': (e) => `renamed from ${e.from ?? '?'}`,
      'file-deleted': () => 'file deleted',
      'file-restored': () => 'file created again',
      'file-unreadable': () => 'file is not readable YAML',
      'item-added': (e, t) => `added: ${withDone(e, t, e.to)}`,
      'item-removed': (e, t) => `removed (was ${t.status(e.from)})`,
      'status-changed': (e, t) => `${t.status(e.from)} → ${withDone(e, t, e.to)}`,
      'done-on-changed': (e, t) =>
        `done on: ${e.from === undefined ? '' : `${t.date(e.from)} → `}${e.to === undefined ? 'cleared' : t.date(e.to)}`,
      'pair-added': (e, t) => `pair added: ${maybe(e.from, t)}..${maybe(e.to, t)}`,
      'pair-ended-early': (e, t) =>
        `pair ended early on ${maybe(e.to, t)}${e.from === undefined ? '' : ` (was ${t.date(e.from)})`}${e.reason === undefined ? '' : `: ${e.reason}`}`,
      'pair-removed': () => 'pair removed',
      'left-set': (e, t) => `leaving date: ${e.from === undefined ? '' : `${t.date(e.from)} → `}${maybe(e.to, t)}`,
      'left-cleared': (e, t) => `leaving date cleared (was ${maybe(e.from, t)})`,
    },
    backDated: (d, r, n) => `⚠ back-dated mark: done ${d}, recorded ${r} (${n} ${pluralEn(n, 'day', 'days')})`,
    summary: (e, w) => `${e} ${pluralEn(e, 'event', 'events')}, ${w} ${pluralEn(w, 'warning', 'warnings')}`,
    badId: (id) => `"${id}" is neither a teacher id (lowercase Latin letters, digits and hyphens) nor a route such as 2025-2026/ivanova-ma.`,
    noHistory: (id, s) =>
      `"${id}" has no history in git: no commit ever held a route, a mentor's file or a teacher's record of that id.${s ? ` Did you mean ${suggestionList(s, (x) => `"${x}"`, 'or')}?` : ''}`,
    noRoutes: 'No route (routes/) has been committed to git yet: there is no history.',
  },
};
