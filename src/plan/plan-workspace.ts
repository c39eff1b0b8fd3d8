// Plan stage: which mentees get a new route this year, and their routes.

import { academicYearBounds, yearFolderName } from '../model/dates.js';
import { isPairActiveDuring } from '../model/pairs.js';
import type { Workspace } from '../model/workspace.js';
import type { Catalog } from './catalog.js';
import { makeSuggester } from '../model/did-you-mean.js';
import { generateRoute, type PlannedRoute } from './generate-route.js';

export interface PlanSkip {
  teacher: string;
  reason: 'route-exists' | 'no-pair' | 'no-months' | 'unknown-teacher';
  /** For an unknown teacher: the nearest known ids. */
  suggestion?: string;
  file?: string;
}

export interface WorkspacePlan {
  planned: PlannedRoute[];
  /** Teachers named in `only` who get no route, and why. */
  skipped: PlanSkip[];
  /** Mentees of the year who already have a route (left as they are). */
  withRoute: number;
  /** Mentees of pairs active during the year: none means there is nobody to plan for. */
  mentees: number;
}

/** Mentees of pairs active during `year`, in id order. */
export function menteesOf(ws: Workspace, year: string): string[] {
  const { start, end } = academicYearBounds(year);
  const mentees = new Set<string>();
  for (const mentor of ws.mentors) {
    for (const pair of mentor.value.pairs) if (isPairActiveDuring(pair, start, end)) mentees.add(pair.mentee);
  }
  return [...mentees].sort();
}

/**
 * A route for every mentee of the year who has none (or for the named teachers only). A route
 * file already there — even one with errors — is never planned over.
 */
export function planWorkspace(
  ws: Workspace,
  catalog: Catalog,
  year: string,
  today: string,
  only?: readonly string[],
): WorkspacePlan {
  const existing = new Set<string>();
  for (const route of [...ws.routes, ...ws.unchecked.filter((r) => r.kind === 'route')]) existing.add(route.file);
  const mentees = menteesOf(ws, year);
  const targets = only && only.length > 0 ? [...new Set(only)].sort() : mentees;
  const plan: WorkspacePlan = { planned: [], skipped: [], withRoute: 0, mentees: mentees.length };
  for (const teacher of targets) {
    const file = `routes/${yearFolderName(year)}/${teacher}.yaml`;
    const hasRoute = existing.has(file) || ws.routes.some((r) => r.value.teacher === teacher && r.value.year === year);
    if (hasRoute) {
      plan.withRoute++;
      if (only && only.length > 0) plan.skipped.push({ teacher, reason: 'route-exists', file });
      continue;
    }
    if (!ws.teacherIds.has(teacher)) {
      plan.skipped.push({ teacher, reason: 'unknown-teacher', suggestion: makeSuggester(ws.teacherIds)(teacher) });
      continue;
    }
    const planned = mentees.includes(teacher) ? generateRoute(ws, catalog, teacher, year, today) : undefined;
    if (planned !== undefined) plan.planned.push(planned);
    else plan.skipped.push({ teacher, reason: mentees.includes(teacher) ? 'no-months' : 'no-pair' });
  }
  return plan;
}
