// History stage: a back-dated mark — a done_on recorded long after the day it names. Pure.

import { dayNumber, isRealDate } from '../model/dates.js';

/** A mark recorded more than this many days after its done_on is worth a look. */
export const BACK_DATED_DAYS = 14;

/** Days between done_on and the day it was committed, when more than BACK_DATED_DAYS; else undefined. */
export function backDatedDays(doneOn: string, commitDate: string): number | undefined {
  if (!isRealDate(doneOn) || !isRealDate(commitDate)) return undefined;
  const days = dayNumber(commitDate) - dayNumber(doneOn);
  return days > BACK_DATED_DAYS ? days : undefined;
}
