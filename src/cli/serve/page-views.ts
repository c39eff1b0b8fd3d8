// CLI (serve): what each page shows, built from a snapshot of the workspace — every value a ready string.

import { yearFolderName } from '../../model/dates.js';
import { positionLabel, pairKindLabel, pairRoleLabel } from '../../model/labels.js';
import { provenanceLine } from '../../model/provenance.js';
import { decimalComma, formatDateShort, NBSP } from '../../model/russian.js';
import { directionOrder, directionTitles } from '../../plan/catalog.js';
import { describeProblem } from '../../messages/index.js';
import { groupItems } from '../../render/route-table.js';
import { formatMinutes } from '../../render/format.js';
import { buildReport } from '../../report/build-report.js';
import { quarterOf } from '../../report/period.js';
import { riskSentence } from '../../report/risk-sentences.js';
import type { Period } from '../../report/types.js';
import type { WorkspaceSnapshot } from './workspace-state.js';

/** What every page has: its title, the form token, the foot line, and a message after a change. */
export interface PageFrame {
  title: string;
  csrf: string;
  footer: string;
  notice: string | null;
  hasErrors: boolean;
}

export function pageFrame(snapshot: WorkspaceSnapshot, title: string, csrf: string, notice: string | null = null): PageFrame {
  return {
    title,
    csrf,
    footer: provenanceLine(snapshot.provenance),
    notice,
    hasErrors: snapshot.result.problems.some((p) => p.severity === 'error'),
  };
}

const percent = (ratio: number | null): string => (ratio === null ? '—' : `${Math.round(ratio * 100)}${NBSP}%`);

/** The dashboard: the current quarter as the report counts it, its risks, links onward. */
export function dashboardView(snapshot: WorkspaceSnapshot) {
  const ws = snapshot.result.workspace;
  const period = quarterOf(snapshot.today, ws.settings.quarters);
  const report = reportOf(snapshot, period);
  return {
    organization: ws.config?.value.organization.short_name ?? ws.config?.value.organization.name ?? '',
    period: period.label,
    periodCode: period.code,
    today: formatDateShort(snapshot.today),
    figures: [
      { label: 'Охват наставничеством', value: percent(report.coverage.staff.ratio), detail: `${report.coverage.staff.numerator} из ${report.coverage.staff.denominator}` },
      { label: 'Активных пар', value: String(report.pairs.active), detail: `начато в периоде — ${report.pairs.started}` },
      { label: 'Мероприятий выполнено', value: `${report.items.done} из ${report.items.due}`, detail: `просрочено — ${report.items.overdue}` },
      { label: 'Встреч проведено', value: String(report.meetings.held), detail: formatMinutes(report.meetings.minutes) },
    ],
    risks: report.risks.map((risk) => riskSentence(risk)),
    problems: snapshot.result.problems.filter((p) => p.severity === 'error').length,
    routes: routeLinks(snapshot),
  };
}

export function reportOf(snapshot: WorkspaceSnapshot, period: Period) {
  return buildReport(snapshot.result.workspace, period, snapshot.today, {
    directionTitles: directionTitles(snapshot.catalog),
    directionOrder: directionOrder(snapshot.catalog),
  });
}

function routeLinks(snapshot: WorkspaceSnapshot) {
  const ws = snapshot.result.workspace;
  const name = (id: string): string => ws.teachers.find((t) => t.value.id === id)?.value.full_name ?? id;
  return ws.routes
    .map((r) => ({ teacher: name(r.value.teacher), year: r.value.year, href: `/routes/${yearFolderName(r.value.year)}/${r.value.teacher}` }))
    .sort((a, b) => b.year.localeCompare(a.year) || a.teacher.localeCompare(b.teacher, 'ru'));
}

/** Teachers, with their mentors and mentees. */
export function teachersView(snapshot: WorkspaceSnapshot) {
  const ws = snapshot.result.workspace;
  const mentorsOf = (id: string): string[] => ws.mentors.filter((m) => m.value.pairs.some((p) => p.mentee === id)).map((m) => m.value.teacher);
  const name = (id: string): string => ws.teachers.find((t) => t.value.id === id)?.value.full_name ?? id;
  return {
    teachers: [...ws.teachers]
      .sort((a, b) => a.value.full_name.localeCompare(b.value.full_name, 'ru'))
      .map((t) => ({
        href: `/teachers/${t.value.id}`,
        name: t.value.full_name,
        position: positionLabel(t.value.position),
        mentors: mentorsOf(t.value.id).map(name).join(', '),
        mentees: (ws.mentors.find((m) => m.value.teacher === t.value.id)?.value.pairs ?? []).map((p) => name(p.mentee)).join(', '),
      })),
  };
}

/** One teacher: the record, the pairs on both sides, the self-assessments, the routes. */
export function teacherView(snapshot: WorkspaceSnapshot, id: string) {
  const ws = snapshot.result.workspace;
  const teacher = ws.teachers.find((t) => t.value.id === id)?.value;
  if (teacher === undefined) return undefined;
  const name = (other: string): string => ws.teachers.find((t) => t.value.id === other)?.value.full_name ?? other;
  const titles = directionTitles(snapshot.catalog);
  const pairs = ws.mentors.flatMap((m) =>
    m.value.pairs
      .filter((p) => p.mentee === id || m.value.teacher === id)
      .map((p) => ({
        mentor: name(m.value.teacher),
        mentee: name(p.mentee),
        kind: `${pairKindLabel(p.kind)}, «${pairRoleLabel(p.role)}»`,
        period: `${formatDateShort(p.start)} — ${formatDateShort(p.end)}`,
      })),
  );
  const assessments = ws.diagnostics
    .filter((d) => d.value.teacher === id)
    .flatMap((d) => d.value.assessments.map((a) => ({ year: d.value.year, kind: a.kind, date: formatDateShort(a.date), scores: a.scores })));
  const directions = [...titles].filter(([code]) => assessments.some((a) => a.scores[code] !== undefined));
  return {
    id,
    name: teacher.full_name,
    position: positionLabel(teacher.position),
    group: teacher.group ?? null,
    hired: formatDateShort(teacher.hired),
    pairs,
    assessmentHeads: assessments.map((a) => `${KIND_TITLES[a.kind] ?? a.kind} (${a.date})`),
    assessmentRows: directions.map(([code, title]) => ({ title, scores: assessments.map((a) => formatScore(a.scores[code])) })),
    routes: routeLinks(snapshot).filter((r) => r.href.endsWith(`/${id}`)),
    assessHref: `/assess/${id}`,
  };
}

export const KIND_TITLES: Readonly<Record<string, string>> = { entry: 'Входная', midterm: 'Промежуточная', final: 'Итоговая' };

function formatScore(score: number | undefined): string {
  return score === undefined ? '—' : decimalComma(score.toFixed(1));
}

const STATUS_TITLES: Readonly<Record<string, string>> = { planned: 'запланировано', in_progress: 'выполняется', done: 'выполнено', cancelled: 'отменено' };

/** A route page: items by direction with their marks and forms, the meeting journal. */
export function routeView(snapshot: WorkspaceSnapshot, folder: string, teacherId: string) {
  const ws = snapshot.result.workspace;
  const route = ws.routes.find((r) => r.file === `routes/${folder}/${teacherId}.yaml`);
  if (route === undefined) return undefined;
  const r = route.value;
  const name = (id: string): string => ws.teachers.find((t) => t.value.id === id)?.value.full_name ?? id;
  const base = `/routes/${folder}/${teacherId}`;
  return {
    teacher: name(r.teacher),
    teacherHref: `/teachers/${r.teacher}`,
    mentor: name(r.mentor),
    year: r.year,
    file: route.file,
    today: snapshot.today,
    groups: groupItems(r.items, directionTitles(snapshot.catalog)).map((group) => ({
      title: group.title,
      items: group.items.map((item) => {
        const source = r.items.find((i) => i.id === item.id)!;
        return {
          ...item,
          statusTitle: STATUS_TITLES[item.status] ?? item.status,
          dueIso: source.due,
          action: `${base}/items/${encodeURIComponent(item.id)}`,
          isOpen: item.status === 'planned' || item.status === 'in_progress',
        };
      }),
    })),
    meetings: (r.meetings ?? []).map((m, i) => ({ number: i + 1, date: formatDateShort(m.date), topic: m.topic, duration: formatMinutes(m.minutes) })),
    meetingAction: `${base}/meetings`,
    documentHref: `${base}/document.html`,
    pdfHref: `${base}/document.pdf`,
  };
}

/** The problems of validate, each with its place. */
export function problemsView(snapshot: WorkspaceSnapshot) {
  return {
    problems: snapshot.result.problems.map((found) => {
      const text = describeProblem(found, 'ru');
      return {
        where: `${found.file}:${found.line ?? 1}:${found.column ?? 1}`,
        severity: found.severity === 'error' ? 'ошибка' : 'предупреждение',
        isError: found.severity === 'error',
        rule: found.rule,
        message: text.message,
        advice: text.advice,
      };
    }),
  };
}
