// Report stage: retention of young specialists (закрепляемость) — still employed one and three years after hire.

import { addYears, experienceOn } from '../model/dates.js';
import type { Teacher } from '../model/types.js';
import type { Workspace } from '../model/workspace.js';
import { isEmployedOn, isPedagogical } from '../model/mentor-need.js';
import { comparePeople, personRef } from './people.js';
import { shareOf } from './rounding.js';
import type { Report, RetentionFigure } from './types.js';
import { experienceUnknown } from '../model/placeholders.js';

/**
 * Of pedagogical teachers whose experience at hire was below `young_specialist_max_years`:
 * one_year — hired in (as_of − 3 years, as_of − 1 year], the share employed on the first
 * anniversary of their hire; three_years — hired in (as_of − 5 years, as_of − 3 years], employed
 * on the third. Ratio null when nobody was hired so.
 */
export function measureRetention(ws: Workspace, asOf: string): Report['retention'] {
  const young = ws.teachers
    .map((t) => t.value)
    .filter((t) => isPedagogical(t) && !experienceUnknown(t) && experienceOn(t.experience, t.hired) < ws.settings.young_specialist_max_years);
  return {
    one_year: retained(ws, young, asOf, 1, 3),
    three_years: retained(ws, young, asOf, 3, 5),
  };
}

/** Hired in (as_of − `window` years, as_of − `after` years], employed on the `after`-th anniversary. */
function retained(ws: Workspace, young: readonly Teacher[], asOf: string, after: number, window: number): RetentionFigure {
  const from = addYears(asOf, -window);
  const to = addYears(asOf, -after);
  const hired = young.filter((t) => t.hired > from && t.hired <= to);
  const people = hired
    .map((t) => {
      const anniversary = addYears(t.hired, after);
      return { person: personRef(ws, t.id), hired: t.hired, anniversary, retained: isEmployedOn(t, anniversary) };
    })
    .sort((a, b) => comparePeople(a.person, b.person));
  return { ...shareOf(people.filter((p) => p.retained).length, people.length), people };
}
