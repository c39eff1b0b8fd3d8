// Validate stage: the table of workspace rules, run in this order after the schema check.

import type { RuleProblemId } from '../../model/problem.js';
import { agreementMissing } from './agreement-missing.js';
import { assessmentInFuture } from './assessment-in-future.js';
import { assessmentOutsideYear } from './assessment-outside-year.js';
import { consentAfterStart } from './consent-after-start.js';
import { consentMissing } from './consent-missing.js';
import { dateWithoutDone } from './date-without-done.js';
import { reasonWithoutCancel } from './reason-without-cancel.js';
import { doneInFuture } from './done-in-future.js';
import { doneWithoutDate } from './done-without-date.js';
import { duplicateAssessment } from './duplicate-assessment.js';
import { duplicateId } from './duplicate-id.js';
import { duplicateItemId } from './duplicate-item-id.js';
import { eventHeldDate } from './event-held-date.js';
import { eventOutsideYear } from './event-outside-year.js';
import { idFileMismatch } from './id-file-mismatch.js';
import { itemDueOutsidePeriod } from './item-due-outside-period.js';
import { meetingInFuture } from './meeting-in-future.js';
import { mentorExperienceLow } from './mentor-experience-low.js';
import { mentorOverCapacity } from './mentor-over-capacity.js';
import { nonPedagogicalParticipant } from './non-pedagogical-participant.js';
import { pairEarlyEndAfterEnd } from './pair-early-end-after-end.js';
import { pairEndBeforeStart } from './pair-end-before-start.js';
import { pairOutsideEmployment } from './pair-outside-employment.js';
import { routeMentorNotMentor } from './route-mentor-not-mentor.js';
import { routePeriodOutsideYear } from './route-period-outside-year.js';
import { routePeriodReversed } from './route-period-reversed.js';
import { routeWithoutPair } from './route-without-pair.js';
import type { Rule } from './rule.js';
import { selfMentoring } from './self-mentoring.js';
import { surveyAudienceMismatch } from './survey-audience-mismatch.js';
import { surveyUnknownQuestion } from './survey-unknown-question.js';
import { unknownDirection } from './unknown-direction.js';
import { unknownReference } from './unknown-reference.js';
import { wrongYearFolder } from './wrong-year-folder.js';

export { runRule, type Finding, type Rule } from './rule.js';

/** Grouped as the records are: references and files, pairs, routes, route items, diagnostics. */
export const RULES: readonly Rule[] = [
  unknownReference,
  idFileMismatch,
  wrongYearFolder,
  duplicateId,
  unknownDirection,
  nonPedagogicalParticipant,
  selfMentoring,
  pairEndBeforeStart,
  pairEarlyEndAfterEnd,
  pairOutsideEmployment,
  mentorOverCapacity,
  mentorExperienceLow,
  consentMissing,
  consentAfterStart,
  agreementMissing,
  routeMentorNotMentor,
  routeWithoutPair,
  routePeriodReversed,
  routePeriodOutsideYear,
  duplicateItemId,
  itemDueOutsidePeriod,
  doneWithoutDate,
  dateWithoutDone,
  reasonWithoutCancel,
  doneInFuture,
  meetingInFuture,
  duplicateAssessment,
  assessmentOutsideYear,
  assessmentInFuture,
  eventHeldDate,
  eventOutsideYear,
  surveyUnknownQuestion,
  surveyAudienceMismatch,
];

/**
 * Ids the schema layer emits under rule names of this table's style; listed so the message
 * catalogues can be checked for completeness.
 */
export const SCHEMA_RULE_IDS: readonly RuleProblemId[] = ['score-out-of-range'];
