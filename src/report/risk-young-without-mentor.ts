// Report stage, risk 'young-specialist-without-mentor': a young specialist at work with no mentor.

import { isPairActiveOn } from '../model/pairs.js';
import { floorToTenth, isEmployedOn } from '../model/mentor-need.js';
import { allPairs } from './mentoring-pairs.js';
import { personRef } from './people.js';
import type { RiskContext } from './risk-context.js';
import { isYoungSpecialist, pedagogicalStaff, periodExperience } from './staff.js';
import type { Risk } from './types.js';

/**
 * A young specialist on the as-of date (as in coverage) employed on it and mentee of no
 * pair active on it; `years` is the experience that made them young, rounded down to a tenth.
 */
export function findYoungWithoutMentor(ctx: RiskContext): Risk[] {
  const mentored = new Set(allPairs(ctx.ws).filter((p) => isPairActiveOn(p.pair, ctx.day)).map((p) => p.pair.mentee));
  return pedagogicalStaff(ctx.ws, ctx.period)
    .filter((t) => isYoungSpecialist(t, ctx.period, ctx.ws.settings, ctx.day) && isEmployedOn(t, ctx.day) && !mentored.has(t.id))
    .map((t): Risk => ({
      code: 'young-specialist-without-mentor',
      person: personRef(ctx.ws, t.id),
      params: { years: floorToTenth(periodExperience(t, ctx.period, ctx.day)) },
    }));
}
