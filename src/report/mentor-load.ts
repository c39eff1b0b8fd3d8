// Report stage: each mentor's load in a period — distinct mentees, peak of simultaneous pairs, capacity.

import { isPairActiveDuring } from '../model/pairs.js';
import type { MentorRecord } from '../model/types.js';
import type { Workspace } from '../model/workspace.js';
import { peakActivePairs } from '../model/pairs.js';
import { capacityOf } from './mentoring-pairs.js';
import { comparePeople, personRef } from './people.js';
import type { Period, Report } from './types.js';

type LoadRow = Report['pairs']['mentor_load'][number];

/** One row for each mentor with a pair active in the period, by name then id. */
export function summarizeMentorLoad(ws: Workspace, period: Period): LoadRow[] {
  return mentorsActiveDuring(ws, period)
    .map((m) => mentorLoad(ws, m, period))
    .sort((a, b) => comparePeople(a.mentor, b.mentor));
}

/** Mentor records with a pair active on some day of the period, one per teacher (the first file wins). */
export function mentorsActiveDuring(ws: Workspace, period: Period): MentorRecord[] {
  const seen = new Set<string>();
  const found: MentorRecord[] = [];
  for (const { value } of ws.mentors) {
    if (seen.has(value.teacher)) continue;
    if (!value.pairs.some((p) => isPairActiveDuring(p, period.start, period.end))) continue;
    seen.add(value.teacher);
    found.push(value);
  }
  return found;
}

export function mentorLoad(ws: Workspace, mentor: MentorRecord, period: Period): LoadRow {
  const active = mentor.pairs.filter((p) => isPairActiveDuring(p, period.start, period.end));
  return {
    mentor: personRef(ws, mentor.teacher),
    // Mentees: distinct mentees of the mentor's pairs active in the period.
    mentees: new Set(active.map((p) => p.mentee)).size,
    // Peak: the most of the mentor's pairs active on one day of the period.
    peak: peakActivePairs(mentor.pairs, period.start, period.end),
    // Capacity: the mentor's max_mentees, else settings.mentor_max_mentees.
    capacity: capacityOf(ws, mentor),
  };
}
