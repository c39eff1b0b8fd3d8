// Report stage: pedagogical staff by position, and the generalised positions of an anonymised report.

import { positionLabel } from '../model/labels.js';
import type { Workspace } from '../model/workspace.js';
import { compareText } from './people.js';
import { countedPeriod } from './report-days.js';
import { pedagogicalStaff } from './staff.js';
import type { Period, Report } from './types.js';

/** Positions held by fewer teachers than this are generalised in an anonymised report. */
export const RARE_POSITION_BELOW = 3;

/** The specialists without a group of their own (domain notes): generalised as «педагог-специалист». */
const SPECIALISTS: ReadonlySet<string> = new Set(['music_director', 'pe_instructor', 'psychologist', 'speech_therapist', 'defectologist']);

export const SPECIALIST_LABEL = 'педагог-специалист';
export const TEACHER_LABEL = 'педагог';

/** Pedagogical teachers employed in [start, as_of], counted by position, most first. */
export function countPositions(ws: Workspace, period: Period, today: string): Report['staff_by_position'] {
  const counts = new Map<string, number>();
  for (const t of pedagogicalStaff(ws, countedPeriod(period, today))) counts.set(t.position, (counts.get(t.position) ?? 0) + 1);
  return [...counts.entries()]
    .map(([position, count]) => ({ position, label: positionLabel(position), count }))
    .sort((a, b) => b.count - a.count || compareText(a.position, b.position));
}

/**
 * Label → the label an anonymised report shows: a position held by fewer than three teachers in
 * the period becomes «педагог-специалист» (a specialist, when the specialists together are three
 * or more) or «педагог»; a label the staff table does not know (a person not on the staff) too.
 */
export function generalisePositions(staff: Report['staff_by_position']): (label: string) => string {
  const byLabel = new Map(staff.map((s) => [s.label, s]));
  const specialists = staff.filter((s) => SPECIALISTS.has(s.position)).reduce((sum, s) => sum + s.count, 0);
  return (label) => {
    if (label === '') return label;
    const row = byLabel.get(label);
    if (row !== undefined && row.count >= RARE_POSITION_BELOW) return label;
    return row !== undefined && SPECIALISTS.has(row.position) && specialists >= RARE_POSITION_BELOW ? SPECIALIST_LABEL : TEACHER_LABEL;
  };
}
