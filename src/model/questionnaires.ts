// Model stage: the built-in questionnaires for surveys of mentees and mentors (scores 1..10), in the
// spirit of the monitoring of the целевая модель наставничества (Р-145): comfort, usefulness,
// availability, growth in confidence, wish to go on.

import type { QuestionnaireRecord, SurveyAudience } from './types.js';

export const SATISFACTION_MENTEES: QuestionnaireRecord = {
  id: 'satisfaction-mentees',
  title: 'Удовлетворённость наставляемых участием в программе наставничества',
  audience: 'mentees',
  questions: [
    { id: 'comfort', text: 'Насколько комфортно вам работать с наставником?' },
    { id: 'availability', text: 'Насколько наставник доступен, когда вам нужна помощь?' },
    { id: 'usefulness', text: 'Насколько полезны для вашей работы встречи с наставником?' },
    { id: 'route', text: 'Насколько индивидуальный образовательный маршрут отвечает вашим затруднениям?' },
    { id: 'visits', text: 'Насколько полезны посещения занятий (ваших и наставника) с их разбором?' },
    { id: 'confidence', text: 'Насколько выросла ваша уверенность в работе с детьми и родителями?' },
    { id: 'documents', text: 'Насколько увереннее вы стали вести документацию?' },
    { id: 'team', text: 'Насколько вы чувствуете себя частью педагогического коллектива?' },
    { id: 'continue', text: 'Насколько вам хотелось бы продолжить работу с наставником?' },
    { id: 'overall', text: 'Ваша общая оценка программы наставничества' },
  ],
};

export const SATISFACTION_MENTORS: QuestionnaireRecord = {
  id: 'satisfaction-mentors',
  title: 'Удовлетворённость наставников участием в программе наставничества',
  audience: 'mentors',
  questions: [
    { id: 'comfort', text: 'Насколько комфортно вам работать с наставляемым?' },
    { id: 'engagement', text: 'Насколько наставляемый вовлечён в совместную работу?' },
    { id: 'progress', text: 'Насколько заметен профессиональный рост наставляемого?' },
    { id: 'route', text: 'Насколько индивидуальный образовательный маршрут помогает планировать работу?' },
    { id: 'time', text: 'Насколько хватает времени на наставническую работу?' },
    { id: 'support', text: 'Насколько вы получаете методическую поддержку куратора программы?' },
    { id: 'recognition', text: 'Насколько ваша наставническая работа признаётся и поощряется?' },
    { id: 'growth', text: 'Насколько наставничество помогает вашему собственному профессиональному развитию?' },
    { id: 'continue', text: 'Насколько вам хотелось бы продолжить быть наставником?' },
    { id: 'overall', text: 'Ваша общая оценка программы наставничества' },
  ],
};

/** The built-in questionnaires by id; `satisfaction` is the one for the survey's audience. */
export const BUILTIN_QUESTIONNAIRES: readonly QuestionnaireRecord[] = [SATISFACTION_MENTEES, SATISFACTION_MENTORS];

/** The questionnaire a survey names: the workspace's own first, then a built-in one. */
export function findQuestionnaire(
  own: readonly QuestionnaireRecord[],
  id: string,
  audience: SurveyAudience,
): QuestionnaireRecord | undefined {
  const local = own.find((q) => q.id === id);
  if (local !== undefined) return local;
  if (id === 'satisfaction') return audience === 'mentees' ? SATISFACTION_MENTEES : SATISFACTION_MENTORS;
  return BUILTIN_QUESTIONNAIRES.find((q) => q.id === id);
}
