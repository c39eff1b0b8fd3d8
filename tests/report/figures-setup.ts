// Test helper for the report figures: periods, options and people by a few fields.

import { BUILTIN_DIRECTION_TITLES } from '../../src/model/directions.js';
import { BUILTIN_DIRECTIONS } from '../../src/model/types.js';
import type { ReportOptions } from '../../src/report/build-report.js';
import type { Period } from '../../src/report/types.js';

/** A period by its bounds (label and code do not matter to the figures). */
export function period(start: string, end: string): Period {
  return { start, end, label: `${start}..${end}`, code: `${start}..${end}`, kind: 'range' };
}

/** I квартал 2026 г. */
export const Q1_2026 = period('2026-01-01', '2026-03-31');

export const OPTIONS: ReportOptions = {
  directionTitles: new Map<string, string>(Object.entries(BUILTIN_DIRECTION_TITLES)),
  directionOrder: BUILTIN_DIRECTIONS,
};

/** A teacher with a name and, unless given, long experience and an old hire date. */
export function person(id: string, full_name: string, patch: object = {}) {
  return { id, full_name, hired: '2010-09-01', experience: { years: 20, as_of: '2025-09-01' }, ...patch };
}

/** A young teacher: no experience when hired on 2025-08-25. */
export function newcomer(id: string, full_name: string, patch: object = {}) {
  return { id, full_name, hired: '2025-08-25', experience: { years: 0, as_of: '2025-08-25' }, ...patch };
}
