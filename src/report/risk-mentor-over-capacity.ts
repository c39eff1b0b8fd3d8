// Report stage, risk 'mentor-over-capacity': a mentor leading more pairs at once than allowed.

import { mentorLoad, mentorsActiveDuring } from './mentor-load.js';
import type { RiskContext } from './risk-context.js';
import type { Risk } from './types.js';

/** A mentor whose peak of simultaneous pairs in the period exceeds their capacity. */
export function findMentorsOverCapacity(ctx: RiskContext): Risk[] {
  return mentorsActiveDuring(ctx.ws, ctx.period)
    .map((m) => mentorLoad(ctx.ws, m, ctx.period))
    .filter((load) => load.peak > load.capacity)
    .map((load): Risk => ({ code: 'mentor-over-capacity', person: load.mentor, params: { peak: load.peak, capacity: load.capacity } }));
}
