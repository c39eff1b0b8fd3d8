// Report stage: what every risk check reads — the workspace, the period and the days derived from it.

import type { Workspace } from '../model/workspace.js';
import { overdueCutoff, stateDay } from './report-days.js';
import type { Period, Risk } from './types.js';

export interface RiskContext {
  ws: Workspace;
  period: Period;
  today: string;
  /** min(today, period end): the day the state of pairs and routes is read on. */
  day: string;
  /** min(today, period end + 1 day): open items due before it are overdue. */
  cutoff: string;
}

/** One risk check: a pure function of the context, in any order (the caller sorts). */
export type RiskCheck = (ctx: RiskContext) => Risk[];

export function riskContext(ws: Workspace, period: Period, today: string): RiskContext {
  return { ws, period, today, day: stateDay(period, today), cutoff: overdueCutoff(period, today) };
}
