// Model: Labour Code art. 351.8 — consent and an addendum for mentoring, from 2025-03-01.

import type { Pair } from './types.js';

/** The day art. 351.8 came into force; pairs that began earlier had no consent or addendum. */
export const MENTORING_LAW_FROM = '2025-03-01';

/** True when the pair began under art. 351.8 and so needs the consent and the addendum. */
export function isUnderLabourCode(pair: Pair): boolean {
  return pair.start >= MENTORING_LAW_FROM;
}
