// Messages (English): problems found by the workspace rules (src/validate/rules/) and score ranges.

import { pluralEn, suggestionList, type RulesCatalogue } from '../catalogue.js';
import { DUPLICATE_KINDS, ITEM_STATUSES, NON_TEACHING_POSITIONS, wordOf } from '../words.js';

const q = (value: unknown): string => `"${String(value)}"`;

export const didYouMean = (p: { suggestion?: string }, otherwise: string): string =>
  p.suggestion ? `Did you mean ${suggestionList(p.suggestion, q, 'or')}?` : otherwise;

export const rulesEn: RulesCatalogue = {
  'unknown-reference': [(p) => `Teacher ${q(p.id)} in field ${p.field} is not in teachers/`, (p) => didYouMean(p, `Fix the id or add teachers/${p.id}.yaml.`)],
  'route-mentor-not-mentor': [
    (p) => `Mentor ${q(p.mentor)} of this route has no record in mentors/`,
    (p) => `Add mentors/${p.mentor}.yaml with a pair for ${q(p.teacher)}, or fix the mentor field.`,
  ],
  'id-file-mismatch': [
    (p) => `Field ${p.field} is ${q(p.id)} but the file is named ${p.stem}.yaml`,
    () => "Rename the file or fix the field: a record's file name is its id plus .yaml.",
  ],
  'wrong-year-folder': [(p) => `A record of year ${p.year} is in folder ${p.folder}`, (p) => `Move the file to folder ${p.expected} or fix the year field.`],
  'duplicate-id': [
    (p) => `${DUPLICATE_KINDS.en[p.kind] ?? 'Id'} ${q(p.id)} is already in ${p.first}`,
    (p) =>
      p.kind === 'activity' ? 'Give this activity another id.' : 'Keep one record: merge the two or fix the id.',
  ],
  'duplicate-item-id': [(p) => `Item id ${q(p.id)} is already used by item ${p.first} of this route`, 'Give each item of a route its own id.'],
  'non-pedagogical-participant': [
    (p) =>
      `${q(p.teacher)} is ${wordOf(NON_TEACHING_POSITIONS.en, p.position) ?? p.position}, not teaching staff, and cannot be a ${p.role}`,
    (p) =>
      p.role === 'mentor'
        ? `Remove this mentor record or fix the position in teachers/${p.teacher}.yaml.`
        : `Remove the pair or fix the position in teachers/${p.teacher}.yaml.`,
  ],
  'self-mentoring': [(p) => `Mentor ${q(p.teacher)} is named as their own mentee`, 'Put another teacher in the mentee field.'],
  'mentor-over-capacity': [
    (p) =>
      `Mentor ${q(p.mentor)} has ${p.count} ${pluralEn(Number(p.count), 'mentee', 'mentees')} at once from ${p.date}, above the limit of ${p.max}`,
    'Move or end one of the pairs, or raise max_mentees if your rules allow it.',
  ],
  'mentor-experience-low': [
    (p) =>
      `Mentor ${q(p.mentor)} has ${p.years} ${pluralEn(Number(p.years), 'year', 'years')} of teaching experience when the pair with ${q(p.mentee)} starts (${p.date}), below the minimum of ${p.min}`,
    'Choose a more experienced mentor, or change mentor_min_experience_years in mentor.yaml.',
  ],
  'consent-missing': [
    (p) =>
      `Mentor ${q(p.mentor)} has no written consent, required for pairs starting from ${p.since} (Labour Code art. 351.8)`,
    (p) => `Add consent: { date: YYYY-MM-DD } dated on or before ${p.start}.`,
  ],
  'consent-after-start': [
    (p) =>
      `The mentor's consent is dated ${p.consent}, after the pair with ${q(p.mentee)} started (${p.start})`,
    'Consent must be given on or before the start of each pair: check the dates.',
  ],
  'agreement-missing': [
    (p) =>
      `The pair with ${q(p.mentee)} starting ${p.start} has no contract addendum (Labour Code art. 351.8)`,
    'Add agreement: { number: "...", date: YYYY-MM-DD } to the pair.',
  ],
  'pair-end-before-start': [
    (p) =>
      p.field === 'ended_early'
        ? `The pair with ${q(p.mentee)} ends early on ${p.end}, before it starts on ${p.start}`
        : `The pair with ${q(p.mentee)} ends on ${p.end}, before it starts on ${p.start}`,
    (p) => `Check the dates start and ${p.field === 'ended_early' ? 'ended_early' : 'end'}.`,
  ],
  'pair-early-end-after-end': [
    (p) => `The pair with ${q(p.mentee)} ends early on ${p.date}, after its planned end ${p.end}`,
    'If the pair was extended, change end and remove ended_early; otherwise fix the date.',
  ],
  'pair-outside-employment': [
    (p) =>
      p.edge === 'hired'
        ? `The pair starts on ${p.date}, before ${p.role} ${q(p.teacher)} was hired (${p.limit})`
        : `The pair lasts until ${p.date}, after ${p.role} ${q(p.teacher)} left (${p.limit})`,
    (p) =>
      p.edge === 'hired'
        ? `Move the pair's start or check hired in teachers/${p.teacher}.yaml.`
        : `Add ended_early dated on or before ${p.limit}, or check left in teachers/${p.teacher}.yaml.`,
  ],
  'route-without-pair': [
    (p) =>
      `Mentor ${q(p.mentor)} has no pair with ${q(p.teacher)} active during the route (${p.start} – ${p.end})`,
    (p) => `Add the pair to mentors/${p.mentor}.yaml or fix the mentor field.`,
  ],
  'route-period-reversed': [(p) => `The route period ends on ${p.end}, before it starts on ${p.start}`, 'Check the dates of period.'],
  'route-period-outside-year': [
    (p) =>
      `The route period's ${p.edge} (${p.date}) is outside academic year ${p.year} (${p.yearStart} – ${p.yearEnd})`,
    'Keep the period within its academic year: fix the date or the year field.',
  ],
  'item-due-outside-period': [
    (p) =>
      `Item ${q(p.id)} is due ${p.due}, outside the route period (${p.start} – ${p.end})`,
    'Move the due date into the period, or widen the period.',
  ],
  'done-without-date': [(p) => `Item ${q(p.id)} is done but has no done_on date`, 'Add done_on: YYYY-MM-DD, the day it was done.'],
  'date-without-done': [
    (p) =>
      `Item ${q(p.id)} has done_on ${p.date} but its status is ${wordOf(ITEM_STATUSES.en, p.status) ?? p.status}`,
    'Set status: done, or remove done_on.',
  ],
  'reason-without-cancel': [
    (p) => `Item ${q(p.id)} gives a reason, but only a cancelled item has one (its status is ${wordOf(ITEM_STATUSES.en, p.status) ?? p.status})`,
    'Set status: cancelled, or remove reason.',
  ],
  'done-in-future': [(p) => `Item ${q(p.id)} is marked done on ${p.date}, after today (${p.today})`, 'Check done_on: an item cannot be done in the future.'],
  'meeting-in-future': [
    (p) => `A meeting on ${p.date} is in the journal, but that day has not come yet (today is ${p.today})`,
    'The journal records meetings held: check the date.',
  ],
  'unknown-direction': [(p) => `Unknown direction ${q(p.code)}`, (p) => didYouMean(p, `Use a built-in direction code or add catalog/${p.code}.yaml.`)],
  'duplicate-assessment': [(p) => `This record already has an assessment of kind ${p.kind} (No. ${p.first})`, 'Keep one assessment of each kind, or fix kind.'],
  'assessment-outside-year': [
    (p) =>
      `The assessment date ${p.date} is outside academic year ${p.year} (${p.yearStart} – ${p.yearEnd})`,
    'Fix the date, or move the assessment to the record of its year.',
  ],
  'assessment-in-future': [(p) => `The assessment is dated ${p.date}, after today (${p.today})`, 'Enter an assessment once it has been held: check the date.'],
  'score-out-of-range': [(p) => `Score ${p.value} for ${q(p.direction)} is outside the 0–2 scale`, 'Self-assessment scores go from 0 (not mastered) to 2 (mastered).'],
  'event-held-date': [
    (p) =>
      p.issue === 'missing'
        ? `Event ${q(p.id)} is marked done but has no held_on date`
        : p.issue === 'unexpected'
          ? `Event ${q(p.id)} has a held_on date but its status is ${q(p.status)}`
          : `Event ${q(p.id)} is marked held on ${p.date}, after today (${p.today})`,
    (p) =>
      p.issue === 'missing'
        ? 'Add held_on: the day the event took place.'
        : p.issue === 'unexpected'
          ? 'Only a held event (status: done) has held_on.'
          : 'Mark an event held once it has taken place.',
  ],
  'event-outside-year': [
    (p) => `Event ${q(p.id)}: ${p.field} ${p.date} is outside the academic year ${p.year} (${p.start} – ${p.end})`,
    'Correct the date, or move the event to the plan of its academic year.',
  ],
  'survey-unknown-question': [
    (p) =>
      p.question === ''
        ? `Questionnaire ${q(p.questionnaire)} is neither built in nor in questionnaires/`
        : `Questionnaire ${q(p.questionnaire)} has no question ${q(p.question)}`,
    (p) =>
      p.question === ''
        ? 'Built-in questionnaires: satisfaction, satisfaction-mentees, satisfaction-mentors; your own goes in questionnaires/<id>.yaml.'
        : `Its questions: ${String(p.known)}.`,
  ],
  'survey-audience-mismatch': [
    (p) => `A survey of ${p.audience} uses questionnaire ${q(p.questionnaire)}, which is for ${p.expected}`,
    'Check the audience field, or choose a questionnaire for that audience.',
  ],
};
