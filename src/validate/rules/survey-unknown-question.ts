// Validate stage: a survey names a questionnaire that exists, and answers only its questions.

import { findQuestionnaire } from '../../model/questionnaires.js';
import { defineRule } from './rule.js';

/** An unknown questionnaire is one problem (`question` empty); otherwise one per unknown answer key. */
export const surveyUnknownQuestion = defineRule('survey-unknown-question', 'error', function* (ws) {
  const own = ws.questionnaires.map((q) => q.value);
  for (const { file, value: survey } of ws.surveys) {
    const questionnaire = findQuestionnaire(own, survey.questionnaire, survey.audience);
    if (questionnaire === undefined) {
      yield { file, pointer: '/questionnaire', params: { questionnaire: survey.questionnaire, question: '' } };
      continue;
    }
    const known = new Set(questionnaire.questions.map((q) => q.id));
    for (const [i, response] of survey.responses.entries()) {
      for (const question of Object.keys(response.answers)) {
        if (known.has(question)) continue;
        const params = { questionnaire: questionnaire.id, question, known: [...known].join(', ') };
        yield { file, pointer: `/responses/${i}/answers/${question}`, params, atKey: true };
      }
    }
  }
});
