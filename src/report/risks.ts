// Report stage: the risks of a period — every check, in the order the report lists them.

import type { Workspace } from '../model/workspace.js';
import { comparePeople, compareText } from './people.js';
import { riskContext, type RiskCheck } from './risk-context.js';
import { findCategoryRisks } from './risk-category.js';
import { findCoursesOutdated } from './risk-courses-outdated.js';
import { findMentorsOverCapacity } from './risk-mentor-over-capacity.js';
import { findNoRecentMeetings } from './risk-no-recent-meetings.js';
import { findPairsWithoutRoute } from './risk-pair-without-route.js';
import { findOverdueItems } from './risk-overdue-items.js';
import { findPairsEndingUnfinished } from './risk-pair-ending-unfinished.js';
import { findStalledRoutes } from './risk-stalled-route.js';
import { findYoungWithoutMentor } from './risk-young-without-mentor.js';
import type { Period, Risk, RiskCode } from './types.js';

/** The checks, one per code, in the order the report lists their risks. */
export const RISK_CHECKS: readonly { code: RiskCode; check: RiskCheck }[] = [
  { code: 'pair-without-route', check: findPairsWithoutRoute },
  { code: 'no-recent-meetings', check: findNoRecentMeetings },
  { code: 'overdue-items', check: findOverdueItems },
  { code: 'stalled-route', check: findStalledRoutes },
  { code: 'mentor-over-capacity', check: findMentorsOverCapacity },
  { code: 'pair-ending-unfinished', check: findPairsEndingUnfinished },
  { code: 'young-specialist-without-mentor', check: findYoungWithoutMentor },
  { code: 'courses-outdated', check: findCoursesOutdated },
  // One check finds both: a category either has expired or is about to.
  { code: 'category-expired', check: (ctx) => findCategoryRisks(ctx).filter((r) => r.code === 'category-expired') },
  { code: 'category-expiring', check: (ctx) => findCategoryRisks(ctx).filter((r) => r.code === 'category-expiring') },
];

/** Every risk, by code in RISK_CHECKS order, then person (name, id), then params. */
export function findRisks(ws: Workspace, period: Period, today: string): Risk[] {
  const ctx = riskContext(ws, period, today);
  return RISK_CHECKS.flatMap(({ check }) => check(ctx).sort(compareRisks));
}

function compareRisks(a: Risk, b: Risk): number {
  return comparePeople(a.person, b.person) || compareText(JSON.stringify(a.params), JSON.stringify(b.params));
}
