// Render stage: a route as the printed «ИОМ педагога» shows it — every value already a string.

import { experienceOn } from '../model/dates.js';
import { isPairActiveDuring } from '../model/pairs.js';
import type { Pair, RouteRecord } from '../model/types.js';
import type { Loaded, Workspace } from '../model/workspace.js';
import { countRu, formatDateQuoted, formatDateShort, formatInitials } from '../model/russian.js';
import { BLANK_DATE_LINE, formatMinutes, formatPeriod } from './format.js';
import { pairKindLabel, pairRoleLabel } from '../model/labels.js';
import { acceptedLines, orderLine } from './approval-view.js';
import { diagnosisView } from './diagnosis-view.js';
import { groupItems, type DirectionGroupView } from './route-table.js';
import { findTeacher, personView, teacherHeaderView, type PersonView, type TeacherHeaderView } from './teacher-view.js';

export interface RouteView {
  /** The foot line: commit, tool, day; '' when unknown. */
  provenance: string;
  organization: { name: string; shortName: string; city: string | null };
  /** The «УТВЕРЖДАЮ» block: the head signs it; the date is a blank line until approved. */
  approval: { position: string; name: string; initials: string; date: string; order: string | null };
  /** The «ПРИНЯТО на … совете, протокол от … № …» block on the left, when the route says so. */
  accepted: { place: string; protocol: string } | null;
  title: string;
  /** «2025/2026» */
  year: string;
  teacher: TeacherHeaderView;
  mentor: PersonView;
  /** The mentoring pair behind the route, when the mentor's record holds it. */
  pair: { kind: string; role: string; basis: string | null } | null;
  curator: PersonView | null;
  period: string;
  selfEducationTopic: string | null;
  /** «12.09.2025»: the self-assessment the deficits come from; null without one. */
  assessedOn: string | null;
  deficits: { code: string; title: string; score: string | null }[];
  /** «Наставничество прекращено досрочно 20.01.2026: …», or null. */
  earlyEnd: string | null;
  goal: string;
  tasks: { number: number; text: string }[];
  groups: DirectionGroupView[];
  itemCount: number;
  meetings: { number: number; date: string; topic: string; form: string; recommendations: string; duration: string }[];
  /** «9 встреч, 7 ч 10 мин», or null without meetings. */
  meetingsTotal: string | null;
  /** Each with the blank date line «“__” ______ 20__ г.» to fill in by hand. */
  signatures: { role: string; name: string; date: string }[];
  /** The journal's own signatures: the mentor and the mentee. */
  journalSignatures: { role: string; name: string; date: string }[];
  /** The route's final section, when filled in. */
  conclusion: { date: string; mentor: string; mentee: string | null; recommendations: string | null } | null;
}

export const ROUTE_TITLE = 'Индивидуальный образовательный маршрут педагога';

/** Pure: the workspace and one of its routes in, the view out; missing records print their ids. */
export function buildRouteView(
  ws: Workspace,
  route: Loaded<RouteRecord>,
  directionTitles: ReadonlyMap<string, string>,
): RouteView {
  const r = route.value;
  const org = ws.config?.value.organization;
  const head = org?.head ?? '';
  const teacherRecord = findTeacher(ws, r.teacher);
  const teacher = teacherHeaderView(teacherRecord, r.teacher, r.period.start);
  const mentor = personView(findTeacher(ws, r.mentor), r.mentor);
  const curatorRecord = org === undefined ? undefined : findTeacher(ws, org.curator);
  const curator = org === undefined ? null : personView(curatorRecord, org.curator);
  const groups = groupItems(r.items, directionTitles);
  const isYoung =
    teacherRecord !== undefined &&
    experienceOn(teacherRecord.experience, r.period.start) < ws.settings.young_specialist_max_years;
  const meetings = r.meetings ?? [];
  const minutes = meetings.reduce((sum, m) => sum + m.minutes, 0);
  const pair = findPair(ws, r);
  const diagnosis = diagnosisView(ws.diagnostics, r, directionTitles);
  const menteeRole = isYoung ? 'Молодой педагог (наставляемый)' : 'Наставляемый педагог';
  const sign = (role: string, name: string) => ({ role, name, date: BLANK_DATE_LINE });
  return {
    provenance: '',
    organization: { name: org?.name ?? '', shortName: org?.short_name ?? org?.name ?? '', city: org?.city ?? null },
    approval: {
      position: `Заведующий ${org?.short_name ?? org?.name ?? ''}`.trim(),
      name: head,
      initials: formatInitials(head),
      date: r.approved === undefined ? BLANK_DATE_LINE : formatDateQuoted(r.approved),
      order: r.approval === undefined ? null : orderLine(r.approval),
    },
    accepted: r.accepted === undefined ? null : acceptedLines(r.accepted),
    title: ROUTE_TITLE,
    year: r.year,
    teacher,
    mentor,
    pair: pairView(pair),
    curator,
    period: formatPeriod(r.period.start, r.period.end),
    selfEducationTopic: r.self_education_topic ?? null,
    assessedOn: diagnosis.assessedOn,
    deficits: diagnosis.deficits,
    earlyEnd:
      pair?.ended_early === undefined
        ? null
        : `Наставничество прекращено досрочно ${formatDateShort(pair.ended_early.date)}: ${pair.ended_early.reason}`,
    goal: r.goal,
    tasks: r.tasks.map((text, i) => ({ number: i + 1, text })),
    groups,
    itemCount: groups.reduce((sum, g) => sum + g.items.length, 0),
    meetings: meetings.map((m, i) => ({
      number: i + 1,
      date: formatDateShort(m.date),
      topic: m.topic,
      form: m.form ?? '',
      recommendations: m.recommendations ?? '',
      duration: formatMinutes(m.minutes),
    })),
    meetingsTotal:
      meetings.length === 0
        ? null
        : `${countRu(meetings.length, 'встреча', 'встречи', 'встреч')}, ${formatMinutes(minutes)}`,
    signatures: [
      sign(menteeRole, teacher.initials),
      sign('Наставник', mentor.initials),
      ...(curator === null ? [] : [sign(curatorRecord === undefined ? 'Куратор' : `Куратор (${curator.position})`, curator.initials)]),
    ],
    journalSignatures: [sign('Наставник', mentor.initials), sign(menteeRole, teacher.initials)],
    conclusion:
      r.conclusion === undefined
        ? null
        : {
            date: formatDateShort(r.conclusion.date),
            mentor: r.conclusion.mentor,
            mentee: r.conclusion.mentee ?? null,
            recommendations: r.conclusion.recommendations ?? null,
          },
  };
}

/** The mentor's pair with this mentee that overlaps the route; failing that, any pair of the two. */
function findPair(ws: Workspace, r: RouteRecord): Pair | undefined {
  const pairs = ws.mentors.find((m) => m.value.teacher === r.mentor)?.value.pairs.filter((p) => p.mentee === r.teacher);
  return pairs?.find((p) => isPairActiveDuring(p, r.period.start, r.period.end)) ?? pairs?.[0];
}

function pairView(pair: Pair | undefined): RouteView['pair'] {
  if (pair === undefined) return null;
  const basis = [
    pair.order,
    pair.agreement && `дополнительное соглашение №\u00a0${pair.agreement.number} от ${formatDateShort(pair.agreement.date)}`,
  ].filter((s): s is string => typeof s === 'string' && s !== '');
  return {
    kind: pairKindLabel(pair.kind),
    role: pairRoleLabel(pair.role),
    basis: basis.length === 0 ? null : basis.join('; '),
  };
}
