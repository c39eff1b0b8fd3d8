// Validate stage: a survey of mentees uses a questionnaire for mentees, and of mentors one for mentors.

import { findQuestionnaire } from '../../model/questionnaires.js';
import type { Workspace } from '../../model/workspace.js';
import { problem, type Problem } from '../../model/problem.js';
import type { Rule } from './rule.js';

const ID = 'survey-audience-mismatch';

export const surveyAudienceMismatch: Rule = { id: ID, severity: 'error', check: checkSurveyAudience };

function checkSurveyAudience(ws: Workspace): Problem[] {
  const own = ws.questionnaires.map((q) => q.value);
  const problems: Problem[] = [];
  for (const record of ws.surveys) {
    const survey = record.value;
    const questionnaire = findQuestionnaire(own, survey.questionnaire, survey.audience);
    if (questionnaire === undefined || questionnaire.audience === survey.audience) continue;
    const params = { questionnaire: questionnaire.id, audience: survey.audience, expected: questionnaire.audience };
    problems.push(problem(ID, 'error', record.file, '/audience', params));
  }
  return problems;
}
