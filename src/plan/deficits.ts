// Plan stage: a teacher's professional deficits — directions whose latest score is below the bar.

import type { DiagnosticsRecord } from '../model/types.js';
import type { Loaded, Workspace } from '../model/workspace.js';

export interface Deficit {
  direction: string;
  /** The latest score of the direction. */
  score: number;
}

export interface DeficitFinding {
  deficits: Deficit[];
  /** False when the teacher has no assessment at all: a route of `always` activities, and a warning. */
  assessed: boolean;
  /** Date of the latest assessment used. */
  assessedOn?: string;
  /** The latest score of every direction assessed. */
  latest?: ReadonlyMap<string, number>;
}

/**
 * Latest score per direction over the teacher's assessments up to `year` (later years are the
 * future of that route), the most recent first; deficits are those below `deficitBelow`, most
 * severe first, ties in `directionOrder`.
 */
export function findDeficits(
  diagnostics: readonly Loaded<DiagnosticsRecord>[],
  teacher: string,
  year: string,
  deficitBelow: number,
  directionOrder: readonly string[],
): DeficitFinding {
  const assessments = diagnostics
    .filter((d) => d.value.teacher === teacher && d.value.year <= year)
    .flatMap((d) => d.value.assessments)
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  if (assessments.length === 0) return { deficits: [], assessed: false };
  const latest = new Map<string, number>();
  for (const assessment of assessments) {
    for (const [direction, score] of Object.entries(assessment.scores)) latest.set(direction, score);
  }
  const rank = (direction: string): number => {
    const i = directionOrder.indexOf(direction);
    return i < 0 ? directionOrder.length : i;
  };
  const deficits = [...latest]
    .filter(([, score]) => score < deficitBelow)
    .map(([direction, score]) => ({ direction, score }))
    .sort((a, b) => a.score - b.score || rank(a.direction) - rank(b.direction) || (a.direction < b.direction ? -1 : 1));
  return { deficits, assessed: true, assessedOn: assessments[assessments.length - 1]!.date, latest };
}

/** The same for a teacher of the workspace, with its settings. */
export function deficitsOf(ws: Workspace, teacher: string, year: string, directionOrder: readonly string[]): DeficitFinding {
  return findDeficits(ws.diagnostics, teacher, year, ws.settings.deficit_below, directionOrder);
}

/** Directions whose latest score is at or above `strengthFrom`, strongest first (ties in `directionOrder`). */
export function strengthsOf(finding: DeficitFinding, strengthFrom: number, directionOrder: readonly string[]): string[] {
  const rank = (d: string): number => (directionOrder.includes(d) ? directionOrder.indexOf(d) : directionOrder.length);
  return [...(finding.latest ?? new Map<string, number>())]
    .filter(([, score]) => score >= strengthFrom)
    .sort((a, b) => b[1] - a[1] || rank(a[0]) - rank(b[0]) || (a[0] < b[0] ? -1 : 1))
    .map(([direction]) => direction);
}

/** Assessed directions neither deficits nor strengths, weakest first (ties in `directionOrder`). */
export function weakestOf(finding: DeficitFinding, deficitBelow: number, strengthFrom: number, directionOrder: readonly string[]): string[] {
  const rank = (d: string): number => (directionOrder.includes(d) ? directionOrder.indexOf(d) : directionOrder.length);
  return [...(finding.latest ?? new Map<string, number>())]
    .filter(([, score]) => score >= deficitBelow && score < strengthFrom)
    .sort((a, b) => a[1] - b[1] || rank(a[0]) - rank(b[0]) || (a[0] < b[0] ? -1 : 1))
    .map(([direction]) => direction);
}
