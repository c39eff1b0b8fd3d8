import { describe, expect, it } from 'vitest';
import type { ProgrammeEvent, SurveyRecord } from '../../src/model/types.js';
import { eventHeldDate } from '../../src/validate/rules/event-held-date.js';
import { eventOutsideYear } from '../../src/validate/rules/event-outside-year.js';
import { surveyAudienceMismatch } from '../../src/validate/rules/survey-audience-mismatch.js';
import { surveyUnknownQuestion } from '../../src/validate/rules/survey-unknown-question.js';
import { unknownReference } from '../../src/validate/rules/unknown-reference.js';
import { run } from './run.js';

const event = (patch: Partial<ProgrammeEvent>): ProgrammeEvent => ({
  id: 'e',
  title: 'Семинар',
  stage: 'work',
  kind: 'seminar',
  date: '2025-10-15',
  responsible: 'petrova-ov',
  expected: 'Планы',
  status: 'planned',
  ...patch,
});
const events = (...list: ProgrammeEvent[]) => ({ events: [{ year: '2025/2026', events: list }] });
const survey = (patch: Partial<SurveyRecord>): SurveyRecord => ({
  id: 's',
  year: '2025/2026',
  date: '2026-01-20',
  audience: 'mentees',
  questionnaire: 'satisfaction',
  responses: [{ answers: { comfort: 9 } }],
  ...patch,
});

describe('event-held-date', () => {
  const issues = (list: ProgrammeEvent[]) => run(eventHeldDate, events(...list)).map((p) => `${p.pointer} ${String(p.params['issue'])}`);

  it('asks a held event for its day, refuses a day for others, and a day after today', () => {
    expect(
      issues([
        event({ status: 'done' }),
        event({ status: 'cancelled', held_on: '2025-10-15' }),
        event({ status: 'done', held_on: '2026-03-21' }),
        event({ status: 'done', held_on: '2026-03-20' }),
      ]),
    ).toEqual(['/events/0/status missing', '/events/1/held_on unexpected', '/events/2/held_on future']);
  });
});

describe('event-outside-year', () => {
  it('accepts the year and the August before it, nothing else', () => {
    const found = run(eventOutsideYear, events(event({ date: '2025-08-01' }), event({ date: '2025-07-31' }), event({ date: '2026-08-31' }), event({ date: '2026-09-01' })));
    expect(found.map((p) => p.pointer)).toEqual(['/events/1/date', '/events/3/date']);
  });
});

describe('unknown-reference in events', () => {
  it('checks the responsible and the participants', () => {
    const found = run(unknownReference, events(event({ responsible: 'nobody-xx', participants: ['ivanova-ma', 'ghost-xx'] })));
    expect(found.map((p) => p.pointer)).toEqual(['/events/0/responsible', '/events/0/participants/1']);
  });
});

describe('survey-unknown-question and survey-audience-mismatch', () => {
  it('knows the built-in questionnaires, by audience for «satisfaction»', () => {
    expect(run(surveyUnknownQuestion, { surveys: [survey({}), survey({ audience: 'mentors', responses: [{ answers: { engagement: 7 } }] })] })).toEqual([]);
  });

  it('reports an unknown questionnaire once, and each unknown question', () => {
    const found = run(surveyUnknownQuestion, {
      surveys: [survey({ questionnaire: 'nothing' }), survey({ responses: [{ answers: { comfort: 9, mood: 3 } }, { answers: { x: 1 } }] })],
    });
    expect(found.map((p) => `${p.pointer} ${String(p.params['question'])}`)).toEqual(['/questionnaire ', '/responses/0/answers/mood mood', '/responses/1/answers/x x']);
  });

  it('reports a questionnaire made for the other audience', () => {
    const found = run(surveyAudienceMismatch, { surveys: [survey({ questionnaire: 'satisfaction-mentors' }), survey({ audience: 'mentors' })] });
    expect(found.map((p) => p.params)).toEqual([{ questionnaire: 'satisfaction-mentors', audience: 'mentees', expected: 'mentors' }]);
  });
});
