// Report stage (formats): a survey's chart — the mean score of each question on the 1–10 scale.

import { axisTicks } from './chart-axis.js';
import { line, rect, svgDocument, text } from './chart-svg.js';
import { formatScore } from './report-text.js';
import type { SurveySummary } from './types.js';

const WIDTH = 640;
const LEFT = 10;
const RIGHT = 600;

/** One bar per question, 1 to 10, the overall mean as a dashed line; black and white. */
export function surveyChart(survey: SurveySummary, index: number): string {
  const id = `chart-survey-${index + 1}`;
  const x = (score: number) => LEFT + ((RIGHT - LEFT) * (Math.min(10, Math.max(1, score)) - 1)) / 9;
  const top = 6;
  const rowHeight = 34;
  const rows = survey.questions.map((q, i) => {
    const y = top + i * rowHeight;
    const label = text(LEFT, y + 11, `${i + 1}. ${q.text}`, { size: 11.5 });
    if (q.mean === null) return label + text(LEFT + 4, y + 26, 'нет ответов', { size: 11 });
    return label + rect(id, LEFT, y + 15, x(q.mean) - LEFT, 12, 'dark') + text(x(q.mean) + 4, y + 25, formatScore(q.mean), { size: 11 });
  });
  const bottom = top + survey.questions.length * rowHeight;
  const overall =
    survey.mean === null
      ? ''
      : line(x(survey.mean), top, x(survey.mean), bottom, { dash: '5 3', width: 1.5 }) +
        text(x(survey.mean), bottom + 26, `средняя ${formatScore(survey.mean)}`, { anchor: 'middle', size: 11, bold: true });
  const ticks = axisTicks([1, 4, 7, 10].map((s) => ({ at: x(s), label: String(s) })), bottom + 13);
  const title = `Средние оценки по вопросам анкеты (шкала 1–10): ${survey.questions.map((q, i) => `${i + 1} — ${formatScore(q.mean)}`).join('; ')}`;
  const description = 'Для каждого вопроса — полоса до средней оценки; пунктир — средняя оценка по всем вопросам.';
  return svgDocument(id, WIDTH, bottom + 34, title, description, rows.join('') + ticks + overall);
}
