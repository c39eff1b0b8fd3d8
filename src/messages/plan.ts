// Messages: what `mentor plan` tells the methodist, in both languages.

import { monthName, pluralRu, quoteRu } from '../model/russian.js';
import { pluralEn, suggestionList, type Lang } from './catalogue.js';

const MONTHS_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

const monthRu = monthName;
const monthEn = (ym: string): string => `${MONTHS_EN[Number(ym.slice(5, 7)) - 1]} ${ym.slice(0, 4)}`;

/** An `always` activity a new route has no place for: no room left, or too little time before the period ends. */
export interface LeftOutNote {
  activity: string;
  reason: string;
  lead: number;
}


/** Left-out activities grouped by their reason (and lead time), in order of first appearance. */
function byReason(list: readonly LeftOutNote[]): { reason: string; lead: number; titles: string[] }[] {
  const groups: { reason: string; lead: number; titles: string[] }[] = [];
  for (const note of list) {
    const lead = note.reason === 'lead' ? note.lead : 0;
    const group = groups.find((g) => g.reason === note.reason && g.lead === lead);
    if (group) group.titles.push(note.activity);
    else groups.push({ reason: note.reason, lead, titles: [note.activity] });
  }
  return groups;
}

export interface PlanText {
  created: (file: string, items: number, deficits: string) => string;
  wouldCreate: (file: string, items: number, deficits: string) => string;
  updated: (file: string, moved: number, added: number) => string;
  unchanged: (file: string) => string;
  routeExists: (teacher: string, file: string) => string;
  noPair: (teacher: string, year: string) => string;
  nothingToPlan: (year: string) => string;
  noDiagnostics: (teacher: string) => string;
  moved: (moves: readonly { activity: string; month: string }[]) => string;
  unplaced: (activities: readonly string[]) => string;
  leftOut: (list: readonly LeftOutNote[]) => string;
  deferred: (directions: readonly string[]) => string;
  workspaceHasErrors: (errors: number) => string;
  generatedInvalid: (file: string) => string;
  documents: (files: string) => string;
  noDeficits: string;
  /** A named mentee without a route of the year, with the nearest ones that have one ('' when none is near). */
  noRoute: (teacher: string, year: string, suggestion: string) => string;
  /** No pair is active during the year: nobody to plan for, and how to add a pair. */
  noPairs: (year: string) => string;
  /** `--update` in a year with pairs but no route yet. */
  noRoutesToUpdate: (year: string) => string;
  withRoute: (count: number, year: string) => string;
  noMonths: (teacher: string) => string;
  notMoved: (file: string) => string;
  unknownTeacher: (teacher: string, suggestion: string) => string;
  aliasInRoute: (file: string, line: number, alias: string) => string;
}

export const PLAN_TEXT: Record<Lang, PlanText> = {
  en: {
    created: (f, n, d) => `Created ${f}: ${n} ${pluralEn(n, 'item', 'items')}, deficits: ${d || 'none'}`,
    wouldCreate: (f, n, d) => `Would create ${f}: ${n} ${pluralEn(n, 'item', 'items')}, deficits: ${d || 'none'}`,
    updated: (f, m, a) => `Updated ${f}: ${m} overdue ${pluralEn(m, 'item', 'items')} moved, ${a} ${pluralEn(a, 'activity', 'activities')} added`,
    unchanged: (f) => `${f} needs no change`,
    routeExists: (t, f) => `${t} already has a route (${f}); it is left as it is — use --update to re-plan it`,
    noPair: (t, y) => `${t} has no mentoring pair active in ${y}: no route planned`,
    nothingToPlan: (y) => `Every mentee of ${y} has a route: nothing to plan`,
    noDiagnostics: (t) => `${t} has no self-assessment: the route holds only the activities every route has; record one and run mentor plan --update`,
    moved: (list) =>
      `${list.length} ${pluralEn(list.length, 'activity', 'activities')} moved out of ${pluralEn(list.length, 'its', 'their')} preferred months: ${list.map((m) => `${m.activity} → ${monthEn(m.month)}`).join('; ')}`,
    unplaced: (list) =>
      `${list.length} ${pluralEn(list.length, 'activity', 'activities')} left out, no month of the route period had room: ${list.join(', ')}`,
    leftOut: (list) =>
      byReason(list)
        .map(({ reason, lead, titles }) =>
          reason === 'lead'
            ? `left out, needing ${lead} days before ${pluralEn(titles.length, 'it is', 'they are')} due while the route ends sooner: ${titles.join(', ')}`
            : `left out, every place of the route taken (the deficits come first): ${titles.join(', ')}`,
        )
        .join('\n  ! '),
    deferred: (list) =>
      `no activity fits the time left for ${pluralEn(list.length, 'the deficit', 'the deficits')} ${list.join(', ')}: ${pluralEn(list.length, 'it is', 'they are')} left out of this route — carry ${pluralEn(list.length, 'it', 'them')} over to the next one`,
    workspaceHasErrors: (n) => `The workspace has ${n} ${pluralEn(n, 'error', 'errors')}; plans, documents and reports are made from clean records only. Run mentor validate and fix ${pluralEn(n, 'it', 'them')} first.`,
    generatedInvalid: (f) => `The route made for ${f} does not pass validation, so it was not written (a bug of mentor — please report it):`,
    documents: (f) => `Route documents: ${f}`,
    noDeficits: 'none',
    noRoute: (t, y, s) => `${t} has no route for ${y}${s ? `. Did you mean ${suggestionList(s, (id) => `"${id}"`, 'or')}?` : ''}`,
    noPairs: (y) =>
      `No mentoring pair is active in ${y}: there is nobody to plan a route for. Add a pair with mentor plan --assign MENTEE=MENTOR --year ${y} (who needs a mentor: mentor plan --suggest-mentors --year ${y}), then run mentor plan again`,
    noRoutesToUpdate: (y) => `No route of ${y} to re-plan yet: run mentor plan --year ${y} to make them`,
    notMoved: (f) => `${f} is unchanged: its overdue items found no month with room left in the route period`,
    noMonths: (t) => `${t}: the pair lies in the summer months only, when no route work is planned: no route`,
    unknownTeacher: (t, s) => `${t} is not a teacher of this workspace${s ? ` (did you mean ${s}?)` : ''}`,
    aliasInRoute: (f, l, a) =>
      `${f}:${l}: the route uses the YAML alias *${a}, so --update cannot change it safely (an edit could also change every value that shares it, a done item's due date included). Write the value itself in place of the alias and run again; the file was left as it is.`,
    withRoute: (n, y) => `${n} ${pluralEn(n, 'mentee', 'mentees')} of ${y} already ${pluralEn(n, 'has a route', 'have routes')}, left as ${pluralEn(n, 'it is', 'they are')} (re-plan with --update)`,
  },
  ru: {
    created: (f, n, d) => `Создан ${f}: ${n} ${pluralRu(n, 'мероприятие', 'мероприятия', 'мероприятий')}, дефициты: ${d || 'нет'}`,
    wouldCreate: (f, n, d) => `Будет создан ${f}: ${n} ${pluralRu(n, 'мероприятие', 'мероприятия', 'мероприятий')}, дефициты: ${d || 'нет'}`,
    updated: (f, m, a) => `Обновлён ${f}: перенесено просроченных мероприятий — ${m}, добавлено новых — ${a}`,
    unchanged: (f) => `${f}: изменений не требуется`,
    routeExists: (t, f) => `У ${t} уже есть маршрут (${f}); он оставлен без изменений — чтобы перепланировать его, добавьте --update`,
    noPair: (t, y) => `У ${t} нет пары наставничества в ${y} учебном году: маршрут не составлен`,
    nothingToPlan: (y) => `У всех наставляемых ${y} учебного года уже есть маршруты: составлять нечего`,
    noDiagnostics: (t) =>
      `У ${t} нет самооценки: в маршрут вошли только обязательные мероприятия; внесите самооценку и выполните mentor plan --update`,
    moved: (list) =>
      `${pluralRu(list.length, 'перенесено', 'перенесены', 'перенесено')} на другие месяцы ${list.length} ${pluralRu(list.length, 'мероприятие', 'мероприятия', 'мероприятий')}: ${list.map((m) => `${m.activity} → ${monthRu(m.month)}`).join('; ')}`,
    unplaced: (list) =>
      `не ${pluralRu(list.length, 'вошло', 'вошли', 'вошло')} в маршрут ${list.length} ${pluralRu(list.length, 'мероприятие', 'мероприятия', 'мероприятий')} — в периоде маршрута нет свободных месяцев: ${list.join(', ')}`,
    leftOut: (list) =>
      byReason(list)
        .map(({ reason, lead, titles }) => {
          const what = `${pluralRu(titles.length, 'не вошло', 'не вошли', 'не вошло')} в маршрут ${titles.length} ${pluralRu(titles.length, 'обязательное мероприятие', 'обязательных мероприятия', 'обязательных мероприятий')}`;
          const why =
            reason === 'lead'
              ? `на подготовку нужно не меньше ${lead} ${pluralRu(lead, 'дня', 'дней', 'дней')}, а маршрут заканчивается раньше`
              : 'все места в маршруте заняты, и первыми их получили мероприятия по дефицитам';
          return `${what} — ${why}: ${titles.map(quoteRu).join(', ')}`;
        })
        .join('\n  ! '),
    deferred: (list) =>
      `${pluralRu(list.length, 'дефициту', 'дефицитам', 'дефицитам')} ${list.map(quoteRu).join(', ')} не нашлось мероприятия в оставшийся срок маршрута: ${pluralRu(list.length, 'он не включён', 'они не включены', 'они не включены')} в маршрут — перенесите ${pluralRu(list.length, 'его', 'их', 'их')} в маршрут следующего периода`,
    workspaceHasErrors: (n) =>
      `В записях ${n} ${pluralRu(n, 'ошибка', 'ошибки', 'ошибок')}; планы, документы и отчёты составляются только по записям без ошибок. Выполните mentor validate и исправьте ${pluralRu(n, 'её', 'их', 'их')}.`,
    generatedInvalid: (f) => `Составленный маршрут ${f} не проходит проверку и не записан (это ошибка mentor — сообщите о ней):`,
    documents: (f) => `Документы маршрутов: ${f}`,
    noDeficits: 'нет',
    noRoute: (t, y, s) => `У ${t} нет маршрута на ${y} учебный год${s ? `. Может быть, ${suggestionList(s, quoteRu, 'или')}?` : ''}`,
    noPairs: (y) =>
      `В ${y} учебном году нет ни одной пары наставничества: составлять маршруты не для кого. Закрепите наставника: mentor plan --assign НАСТАВЛЯЕМЫЙ=НАСТАВНИК --year ${y} (кому нужен наставник — mentor plan --suggest-mentors --year ${y}), затем снова выполните mentor plan`,
    noRoutesToUpdate: (y) => `Маршрутов на ${y} учебный год пока нет, перепланировать нечего: составьте их командой mentor plan --year ${y}`,
    notMoved: (f) => `${f} не изменён: для просроченных мероприятий не осталось свободных месяцев в периоде маршрута`,
    noMonths: (t) => `${t}: пара приходится только на летние месяцы, когда работа по маршруту не планируется; маршрут не составлен`,
    unknownTeacher: (t, s) => `${t} — нет такого педагога${s ? ` (возможно, имелся в виду ${s})` : ''}`,
    aliasInRoute: (f, l, a) =>
      `${f}:${l}: в маршруте используется псевдоним YAML *${a}, поэтому --update не может безопасно изменить маршрут (правка затронула бы и все значения, связанные с псевдонимом, в том числе срок уже выполненного мероприятия). Запишите вместо псевдонима само значение и выполните команду ещё раз; файл оставлен без изменений.`,
    withRoute: (n, y) => `Уже есть маршрут у ${n} ${pluralRu(n, 'наставляемого', 'наставляемых', 'наставляемых')} ${y} учебного года — они оставлены без изменений (перепланировать: --update)`,
  },
};
