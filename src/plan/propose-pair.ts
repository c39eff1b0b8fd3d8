// Plan stage: the pair `mentor plan --assign` proposes — its period, kind and role.

import { academicYearBounds } from '../model/dates.js';
import type { Pair, Teacher } from '../model/types.js';
import type { Workspace } from '../model/workspace.js';
import { AssignError } from './assign-error.js';
import { mentorNeeds } from '../model/mentor-need.js';
import { makeSuggester } from '../model/did-you-mean.js';

export interface PairPeriod {
  start: string;
  end: string;
}

/**
 * From today (or the year's start, if later) to 31 May of the academic year — or to 31 August
 * when today is already in the summer — ending early on the day either side leaves.
 * Undefined when nothing of the year is left.
 */
export function proposalPeriod(year: string, today: string, ...sides: (Teacher | undefined)[]): PairPeriod | undefined {
  const bounds = academicYearBounds(year);
  const start = today > bounds.start ? today : bounds.start;
  const lastMay = `${bounds.end.slice(0, 4)}-05-31`;
  let end = start <= lastMay ? lastMay : bounds.end;
  for (const side of sides) if (side?.left !== undefined && side.left < end) end = side.left;
  return start <= end ? { start, end } : undefined;
}

/**
 * A traditional pair over the proposal period. The role follows the need: a young specialist gets
 * «опытный педагог – молодой специалист»; anyone else (a new employee with experience, or a
 * teacher assigned by hand) gets «лидер – педагог, испытывающий затруднения». A teacher in a new
 * post would take `specialist_new_post`, but the records do not say when a position changed.
 */
export function proposePair(ws: Workspace, mentee: string, mentor: string, today: string, year: string): { pair: Pair } | { error: AssignError } {
  if (mentee === mentor) return { error: new AssignError('self-mentoring', { mentor }) };
  const menteeRecord = findTeacher(ws, mentee);
  const mentorRecord = findTeacher(ws, mentor);
  if (menteeRecord === undefined) return { error: unknownTeacher(ws, mentee) };
  if (mentorRecord === undefined) return { error: unknownTeacher(ws, mentor) };
  const period = proposalPeriod(year, today, menteeRecord, mentorRecord);
  if (!period) return { error: new AssignError('empty-period', { mentee, mentor, year, today }) };
  const needs = mentorNeeds(menteeRecord, ws.settings, period.start);
  const role = needs.some((n) => n.code === 'young_specialist') ? 'experienced_young' : 'leader_struggling';
  return { pair: { mentee, kind: 'traditional', role, start: period.start, end: period.end } };
}

/** An id that is not in teachers/, with the nearest ones ('' when none is near). */
export function unknownTeacher(ws: Workspace, id: string): AssignError {
  return new AssignError('unknown-teacher', { id, suggestion: makeSuggester(ws.teacherIds)(id) });
}

function findTeacher(ws: Workspace, id: string): Teacher | undefined {
  return ws.teachers.find((t) => t.value.id === id)?.value;
}
