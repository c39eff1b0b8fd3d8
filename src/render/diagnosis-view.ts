// Render stage: the route's diagnosis block — its deficits with the self-assessment they come from.

import type { DiagnosticsRecord, RouteRecord } from '../model/types.js';
import type { Loaded } from '../model/workspace.js';
import { formatDateShort } from '../model/russian.js';
import { formatScore } from './format.js';

export interface DiagnosisView {
  /** «12.09.2025», or null when the teacher has no self-assessment on record. */
  assessedOn: string | null;
  deficits: { code: string; title: string; score: string | null }[];
}

/**
 * The self-assessment a route's deficits were found in: of the teacher's assessments up to the
 * route's year, the latest one made on or before the route was approved; without an approval
 * date, the first one of the route's year (the entry one), else the latest before it.
 */
export function diagnosisView(
  diagnostics: readonly Loaded<DiagnosticsRecord>[],
  route: RouteRecord,
  directionTitles: ReadonlyMap<string, string>,
): DiagnosisView {
  const all = diagnostics
    .filter((d) => d.value.teacher === route.teacher && d.value.year <= route.year)
    .flatMap((d) => d.value.assessments.map((a) => ({ ...a, year: d.value.year })))
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const approvedOn = route.approval?.date ?? route.approved;
  const chosen =
    (approvedOn !== undefined ? all.filter((a) => a.date <= approvedOn).at(-1) : undefined) ??
    all.find((a) => a.year === route.year) ??
    all.at(-1);
  return {
    assessedOn: chosen === undefined ? null : formatDateShort(chosen.date),
    deficits: route.deficits.map((code) => {
      const score = chosen?.scores[code];
      return { code, title: directionTitles.get(code) ?? code, score: score === undefined ? null : formatScore(score) };
    }),
  };
}
