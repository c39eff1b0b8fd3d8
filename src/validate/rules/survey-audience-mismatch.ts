// Validate stage: a survey of mentees uses a questionnaire for mentees, and of mentors one for mentors.

import { findQuestionnaire } from '../../model/questionnaires.js';
import { defineRule } from './rule.js';

export const surveyAudienceMismatch = defineRule('survey-audience-mismatch', 'error', function* (ws) {
  const own = ws.questionnaires.map((q) => q.value);
  for (const { file, value: survey } of ws.surveys) {
    const questionnaire = findQuestionnaire(own, survey.questionnaire, survey.audience);
    if (questionnaire === undefined || questionnaire.audience === survey.audience) continue;
    const params = { questionnaire: questionnaire.id, audience: survey.audience, expected: questionnaire.audience };
    yield { file, pointer: '/audience', params };
  }
});
