// Report stage: the whole report of a period — a pure function of (workspace, period, today).

import type { Workspace } from '../model/workspace.js';
import { countCoverage } from './coverage.js';
import type { DirectionOptions } from './directions-order.js';
import { measureGrowth } from './growth.js';
import { countItems } from './items.js';
import { countMeetings } from './meetings.js';
import { describeOrganization } from './organization.js';
import { summarizePairs } from './pairs.js';
import { findRisks } from './risks.js';
import type { Period, Report } from './types.js';

export type ReportOptions = DirectionOptions;

/** The figures of `mentor report`, never anonymized here: anonymize() transforms the result. */
export function buildReport(ws: Workspace, period: Period, today: string, options: ReportOptions): Report {
  return {
    version: 1,
    period,
    today,
    anonymized: false,
    ...describeOrganization(ws),
    coverage: countCoverage(ws, period),
    pairs: summarizePairs(ws, period),
    items: countItems(ws, period, today, options),
    meetings: countMeetings(ws, period, today),
    growth: measureGrowth(ws, period, options),
    risks: findRisks(ws, period, today),
  };
}
