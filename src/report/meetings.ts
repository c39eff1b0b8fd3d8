// Report stage: mentor–mentee meetings held in the period, from the routes' journals.

import type { Meeting } from '../model/types.js';
import type { Workspace } from '../model/workspace.js';
import { comparePeople, personRef } from './people.js';
import { isInPeriod, overlapsPeriod } from './report-days.js';
import type { Period, Report } from './types.js';

type MeetingFigures = Report['meetings'];

export function countMeetings(ws: Workspace, period: Period, today: string): MeetingFigures {
  // Held: meetings of every route dated within the period and on or before today; minutes summed.
  const isHeld = (m: Meeting): boolean => isInPeriod(m.date, period) && m.date <= today;
  const rows = new Map<string, { held: number; minutes: number }>();
  for (const { value: route } of ws.routes) {
    const held = (route.meetings ?? []).filter(isHeld);
    // A mentee whose route overlaps the period gets a row even with no meeting: a zero is news.
    if (held.length === 0 && !overlapsPeriod(route.period.start, route.period.end, period)) continue;
    const row = rows.get(route.teacher) ?? { held: 0, minutes: 0 };
    row.held += held.length;
    row.minutes += held.reduce((sum, m) => sum + m.minutes, 0);
    rows.set(route.teacher, row);
  }
  const byMentee = [...rows.entries()]
    .map(([id, row]) => ({ mentee: personRef(ws, id), ...row }))
    .sort((a, b) => comparePeople(a.mentee, b.mentee));
  return {
    held: byMentee.reduce((sum, r) => sum + r.held, 0),
    minutes: byMentee.reduce((sum, r) => sum + r.minutes, 0),
    by_mentee: byMentee,
  };
}
