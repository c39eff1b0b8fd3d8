// Report stage: the whole report of a period — a pure function of (workspace, period, today).

import type { Workspace } from '../model/workspace.js';
import { countCoverage } from './coverage.js';
import type { DirectionOptions } from './directions-order.js';
import { listEvents } from './events.js';
import { measureGrowth } from './growth.js';
import { summarizeSurveys } from './surveys.js';
import { countItems } from './items.js';
import { countMeetings } from './meetings.js';
import { describeOrganization } from './organization.js';
import { summarizePairs } from './pairs.js';
import { asOfDay } from './report-days.js';
import { countPositions } from './positions.js';
import { measureRetention } from './retention.js';
import { findRisks } from './risks.js';
import type { Period, Report } from './types.js';

export type ReportOptions = DirectionOptions & {
  /** The text of notes/<period>.md, read by the CLI; absent when there is none. */
  notes?: string;
};

/**
 * The figures of `mentor report`, never anonymized here: anonymize() transforms the result. Every
 * figure is counted over [period start, as_of], as_of = min(today, period end).
 */
export function buildReport(ws: Workspace, period: Period, today: string, options: ReportOptions): Report {
  return {
    version: '1.1',
    period: { ...period, as_of: asOfDay(period, today) },
    today,
    anonymized: false,
    ...describeOrganization(ws),
    staff_by_position: countPositions(ws, period, today),
    coverage: countCoverage(ws, period, today),
    retention: measureRetention(ws, asOfDay(period, today)),
    pairs: summarizePairs(ws, period, today),
    items: countItems(ws, period, today, options),
    events: listEvents(ws, period, today),
    surveys: summarizeSurveys(ws, period, today),
    meetings: countMeetings(ws, period, today),
    notes: options.notes ?? null,
    growth: measureGrowth(ws, period, options, today),
    risks: findRisks(ws, period, today),
  };
}
