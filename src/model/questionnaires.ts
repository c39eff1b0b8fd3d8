// Model stage: the built-in questionnaires for surveys of mentees and mentors (scores 1..10), in the
// spirit of the monitoring of the целевая модель наставничества (Р-145): comfort, usefulness,
// availability, growth in confidence, wish to go on.

import BUILTIN from './builtin-questionnaires.json' with { type: 'json' };
import type { QuestionnaireRecord, SurveyAudience } from './types.js';

/**
 * The built-in questionnaires, in the format of a workspace's questionnaires/<id>.yaml: texts are
 * data, kept as data (the test of the questionnaire schema reads them too).
 */
export const BUILTIN_QUESTIONNAIRES = BUILTIN as readonly QuestionnaireRecord[];

/** `satisfaction` names the built-in one for the survey's audience. */
const SATISFACTION: Record<SurveyAudience, string> = { mentees: 'satisfaction-mentees', mentors: 'satisfaction-mentors' };

/** The questionnaire a survey names: the workspace's own first, then a built-in one. */
export function findQuestionnaire(
  own: readonly QuestionnaireRecord[],
  id: string,
  audience: SurveyAudience,
): QuestionnaireRecord | undefined {
  const local = own.find((q) => q.id === id);
  if (local !== undefined) return local;
  const builtin = id === 'satisfaction' ? SATISFACTION[audience] : id;
  return BUILTIN_QUESTIONNAIRES.find((q) => q.id === builtin);
}
