// Report stage (formats): the programme's events and the surveys of the period, as the document shows them.

import Handlebars from 'handlebars';
import { formatDateShort, genitiveOf, shortName } from '../model/russian.js';
import { formatPercent, formatScore, MENTEE, MENTOR } from './report-text.js';
import { surveyChart } from './survey-chart.js';
import type { EventRow, Report } from './types.js';

export interface EventsView {
  summary: string;
  rows: { number: number; title: string; kind: string; stage: string; date: string; responsible: string; mark: string; participants: string; result: string; expected: string }[];
}

export interface SurveyView {
  heading: string;
  summary: string;
  chart: Handlebars.SafeString | null;
  questions: { number: number; text: string; answers: number; mean: string }[];
  comments: string[];
}


const MARKS: Record<EventRow['status'], string> = {
  done: 'проведено',
  cancelled: 'отменено',
  overdue: 'не проведено в срок',
  planned: 'запланировано',
};

export function buildEventsView(report: Report): EventsView {
  const { events } = report;
  const total = events.list.length;
  const summary =
    total === 0
      ? 'Мероприятий дорожной карты программы в периоде не запланировано.'
      : `Мероприятий дорожной карты в периоде: ${total}; проведено — ${events.held}` +
        `${events.participants === 0 ? '' : ` (участников — ${events.participants})`}, отменено — ${events.cancelled}, ` +
        `не проведено в срок — ${events.overdue}, запланировано — ${events.planned}.`;
  return {
    summary,
    rows: events.list.map((e, i) => ({
      number: i + 1,
      title: e.title,
      kind: e.kind_label,
      // After the kind, in the same line: «семинар; реализация программы».
      stage: e.stage_label.charAt(0).toLowerCase() + e.stage_label.slice(1),
      date: formatDateShort(e.date),
      responsible: e.responsible.name === '' ? e.responsible.position : shortName(e.responsible.name),
      mark: e.held_on === null ? MARKS[e.status] : `${MARKS[e.status]} ${formatDateShort(e.held_on)}`,
      participants: e.status === 'done' && e.participants > 0 ? String(e.participants) : '—',
      result: e.result ?? '',
      expected: e.expected,
    })),
  };
}

export function buildSurveysView(report: Report): SurveyView[] {
  return report.surveys.map((s, i) => {
    const noun = s.audience === 'mentees' ? MENTEE : MENTOR;
    const who = s.audience === 'mentees' ? 'наставляемых' : 'наставников';
    const rate =
      s.response_rate === null
        ? `Ответов: ${s.responses}; доля ответивших не рассчитывается: в день анкетирования не было действующих наставнических пар.`
        : `Ответили ${s.responses} из ${genitiveOf(s.invited, noun)} — ${formatPercent(s.response_rate)}.`;
    const overall = s.mean === null ? '' : ` Средняя оценка по всем вопросам — ${formatScore(s.mean)} из 10.`;
    return {
      heading: `${s.title === '' ? `Анкетирование ${who}` : s.title}, ${formatDateShort(s.date)}`,
      summary: `${rate}${overall}`,
      chart: s.questions.length === 0 ? null : new Handlebars.SafeString(surveyChart(s, i)),
      questions: s.questions.map((q, n) => ({ number: n + 1, text: q.text, answers: q.answers, mean: formatScore(q.mean) })),
      comments: s.comments,
    };
  });
}
