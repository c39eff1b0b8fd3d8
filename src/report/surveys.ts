// Report stage: the surveys of the period — responses, response rate, mean score per question and overall.

import { isPairActiveOn } from '../model/pairs.js';
import { findQuestionnaire } from '../model/questionnaires.js';
import type { SurveyRecord } from '../model/types.js';
import type { Workspace } from '../model/workspace.js';
import { allPairs } from './mentoring-pairs.js';
import { compareText } from './people.js';
import { asOfDay } from './report-days.js';
import { roundTo } from './rounding.js';
import type { Period, SurveySummary } from './types.js';

export const AUDIENCE_LABELS = { mentees: 'наставляемые', mentors: 'наставники' } as const;

/** Surveys dated within [period start, as_of], by date then id. */
export function summarizeSurveys(ws: Workspace, period: Period, today: string): SurveySummary[] {
  const asOf = asOfDay(period, today);
  const own = ws.questionnaires.map((q) => q.value);
  return ws.surveys
    .map((r) => r.value)
    .filter((s) => period.start <= s.date && s.date <= asOf)
    .sort((a, b) => compareText(a.date, b.date) || compareText(a.id, b.id))
    .map((s) => summarize(ws, s, findQuestionnaire(own, s.questionnaire, s.audience)?.questions ?? []));
}

function summarize(ws: Workspace, survey: SurveyRecord, questions: readonly { id: string; text: string }[]): SurveySummary {
  const invited = invitedOn(ws, survey);
  const responses = survey.responses.length;
  // Questions of the questionnaire in its order; answers to unknown questions (a validate error) are left out.
  const rows = questions.map((q) => {
    const scores = survey.responses.flatMap((r) => (r.answers[q.id] === undefined ? [] : [r.answers[q.id]!]));
    return { id: q.id, text: q.text, answers: scores.length, mean: mean(scores) };
  });
  const known = new Set(questions.map((q) => q.id));
  const all = survey.responses.flatMap((r) => Object.entries(r.answers).filter(([id]) => known.has(id)).map(([, v]) => v));
  return {
    id: survey.id,
    title: survey.title ?? '',
    date: survey.date,
    audience: survey.audience,
    questionnaire: survey.questionnaire,
    responses,
    invited,
    response_rate: invited === 0 ? null : roundTo(responses / invited, 4),
    questions: rows,
    mean: mean(all),
    comments: survey.responses.flatMap((r) => (r.comment === undefined || r.comment.trim() === '' ? [] : [r.comment.trim()])),
  };
}

/** The mentees (or mentors) of the pairs active on the survey's date, each once. */
function invitedOn(ws: Workspace, survey: SurveyRecord): number {
  const active = allPairs(ws).filter((p) => isPairActiveOn(p.pair, survey.date));
  return new Set(active.map((p) => (survey.audience === 'mentees' ? p.pair.mentee : p.mentor))).size;
}

function mean(values: readonly number[]): number | null {
  return values.length === 0 ? null : roundTo(values.reduce((sum, v) => sum + v, 0) / values.length, 2);
}
