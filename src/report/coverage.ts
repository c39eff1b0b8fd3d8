// Report stage: coverage — the share of pedagogical staff, and of young specialists, in mentoring.

import type { Workspace } from '../model/workspace.js';
import { pairsActiveDuring } from './mentoring-pairs.js';
import { countedPeriod } from './report-days.js';
import { shareOf } from './rounding.js';
import { isYoungSpecialist, pedagogicalStaff } from './staff.js';
import type { Period, Report } from './types.js';

/** Counted over [period start, as_of], as_of = min(today, period end); today defaults to the period end. */
export function countCoverage(ws: Workspace, period: Period, today: string = period.end): Report['coverage'] {
  const counted = countedPeriod(period, today);
  const staff = pedagogicalStaff(ws, counted);
  const active = pairsActiveDuring(ws, counted);
  const participants = new Set(active.flatMap((p) => [p.mentor, p.pair.mentee]));
  const mentees = new Set(active.map((p) => p.pair.mentee));
  // Staff: pedagogical teachers employed on some day of the period who were mentor or mentee in a
  // pair active on some day of it, over all pedagogical teachers employed on some day of it.
  const share = shareOf(staff.filter((t) => participants.has(t.id)).length, staff.length);
  const target = ws.config?.value.programme.target_coverage ?? 0;
  // Young specialists: those of the staff whose experience on max(as_of, hired) is below
  // young_specialist_max_years; the numerator, those who were mentees in a pair active in the period.
  const young = staff.filter((t) => isYoungSpecialist(t, period, ws.settings, counted.end));
  return {
    staff: { ...share, target, meets_target: share.ratio !== null && share.ratio >= target },
    young_specialists: shareOf(young.filter((t) => mentees.has(t.id)).length, young.length),
  };
}
