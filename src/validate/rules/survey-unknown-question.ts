// Validate stage: a survey names a questionnaire that exists, and answers only its questions.

import { findQuestionnaire } from '../../model/questionnaires.js';
import type { Workspace } from '../../model/workspace.js';
import { problem, type Problem } from '../../model/problem.js';
import type { Rule } from './rule.js';

const ID = 'survey-unknown-question';

export const surveyUnknownQuestion: Rule = { id: ID, severity: 'error', check: checkSurveyQuestions };

/** An unknown questionnaire is one problem (`question` empty); otherwise one per unknown answer key. */
function checkSurveyQuestions(ws: Workspace): Problem[] {
  const own = ws.questionnaires.map((q) => q.value);
  const problems: Problem[] = [];
  for (const record of ws.surveys) {
    const survey = record.value;
    const questionnaire = findQuestionnaire(own, survey.questionnaire, survey.audience);
    if (questionnaire === undefined) {
      problems.push(problem(ID, 'error', record.file, '/questionnaire', { questionnaire: survey.questionnaire, question: '' }));
      continue;
    }
    const known = new Set(questionnaire.questions.map((q) => q.id));
    survey.responses.forEach((response, i) => {
      for (const question of Object.keys(response.answers)) {
        if (known.has(question)) continue;
        const params = { questionnaire: questionnaire.id, question, known: [...known].join(', ') };
        problems.push({ ...problem(ID, 'error', record.file, `/responses/${i}/answers/${question}`, params), atKey: true });
      }
    });
  }
  return problems;
}
