// Report stage: growth of self-assessed competence per direction, entry against the latest assessment.

import { ASSESSMENT_KINDS, type Assessment } from '../model/types.js';
import type { Workspace } from '../model/workspace.js';
import { directionComparator, directionTitle, type DirectionOptions } from './directions-order.js';
import { pairsActiveDuring } from './mentoring-pairs.js';
import { compareText } from './people.js';
import { countedPeriod } from './report-days.js';
import { roundTo } from './rounding.js';
import type { DirectionGrowth, Period } from './types.js';

/** One teacher's scores of one direction at entry and at the latest assessment. */
interface ScorePair {
  entry: number;
  latest: number;
}

/**
 * Over the mentees with a pair active in the period: for each direction scored in both a mentee's
 * entry assessment and latest assessment, the mean of each (2 decimals) and change = latest − entry
 * of the rounded means. Every direction of `directionOrder` has a row (nulls when nobody has both);
 * other scored directions follow by code.
 */
export function measureGrowth(ws: Workspace, period: Period, options: DirectionOptions, today: string = period.end): DirectionGrowth[] {
  const counted = countedPeriod(period, today);
  const mentees = new Set(pairsActiveDuring(ws, counted).map((p) => p.pair.mentee));
  const scores = new Map<string, ScorePair[]>(options.directionOrder.map((d) => [d, []]));
  for (const teacher of [...mentees].sort(compareText)) {
    const found = entryAndLatest(ws, teacher, counted.end);
    if (found === undefined) continue;
    for (const [direction, entry] of Object.entries(found.entry.scores)) {
      const latest = found.latest.scores[direction];
      if (latest === undefined) continue;
      const list = scores.get(direction) ?? [];
      list.push({ entry, latest });
      scores.set(direction, list);
    }
  }
  return [...scores.keys()].sort(directionComparator(options.directionOrder)).map((direction) => {
    const pairs = scores.get(direction) ?? [];
    const entry = mean(pairs.map((p) => p.entry));
    const latest = mean(pairs.map((p) => p.latest));
    const change = entry === null || latest === null ? null : roundTo(latest - entry, 2);
    return { direction, title: directionTitle(ws, options, direction), teachers: pairs.length, entry, latest, change };
  });
}

/**
 * A teacher's assessments (diagnostics of any year) dated on or before `until`: the entry one (the
 * earliest of kind entry, else the earliest of all) and the latest one dated after it; none
 * without both.
 */
export function entryAndLatest(ws: Workspace, teacher: string, until: string): { entry: Assessment; latest: Assessment } | undefined {
  const assessments = ws.diagnostics
    .filter((d) => d.value.teacher === teacher)
    .flatMap((d) => d.value.assessments)
    .filter((a) => a.date <= until)
    .sort((a, b) => compareText(a.date, b.date) || ASSESSMENT_KINDS.indexOf(a.kind) - ASSESSMENT_KINDS.indexOf(b.kind));
  const entry = assessments.find((a) => a.kind === 'entry') ?? assessments[0];
  if (entry === undefined) return undefined;
  const latest = assessments.filter((a) => a.date > entry.date).at(-1);
  return latest === undefined ? undefined : { entry, latest };
}

/** The mean to 2 decimals; null for no values. */
function mean(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  return roundTo(values.reduce((sum, v) => sum + v, 0) / values.length, 2);
}
