// Report stage: the pairs of a period — counts, counts by kind, and the table of active pairs.

import { academicYearOf } from '../model/dates.js';
import { pairKindLabel, pairRoleLabel } from '../model/labels.js';
import { isPairActiveDuring, pairLastDay } from '../model/pairs.js';
import { PAIR_KINDS } from '../model/types.js';
import type { Workspace } from '../model/workspace.js';
import { isOpenOn } from './item-status.js';
import { summarizeMentorLoad } from './mentor-load.js';
import { allPairs, type MentoringPair } from './mentoring-pairs.js';
import { comparePeople, compareText, personRef } from './people.js';
import { countedPeriod, isInPeriod } from './report-days.js';
import type { PairRow, Period, Report } from './types.js';

type PairFigures = Report['pairs'];
type KindRow = PairFigures['by_kind'][number];

/**
 * Counted over [period start, as_of]: a pair that starts after as_of is not yet active, and one
 * still running on as_of has not ended, whatever its planned end. `today` defaults to the period end.
 */
export function summarizePairs(ws: Workspace, period: Period, today: string = period.end): PairFigures {
  const counted = countedPeriod(period, today);
  const facts = allPairs(ws).map((p) => pairFacts(p, counted));
  const active = facts.filter((f) => f.active);
  return {
    active: active.length,
    started: facts.filter((f) => f.started).length,
    ended: facts.filter((f) => f.ended).length,
    ended_early: facts.filter((f) => f.endedEarly).length,
    by_kind: countByKind(facts),
    list: active.map((f) => pairRow(ws, f)).sort(comparePairRows),
    mentor_load: summarizeMentorLoad(ws, counted),
  };
}

interface PairFacts extends MentoringPair {
  /** Active on some day of the period: start ≤ period end and last day ≥ period start. */
  active: boolean;
  /** Started within the period. */
  started: boolean;
  /** Its last day (early end, else planned end) is within the period. */
  ended: boolean;
  /** Ended within the period, and early. */
  endedEarly: boolean;
}

function pairFacts(p: MentoringPair, period: Period): PairFacts {
  const last = pairLastDay(p.pair);
  const ended = isInPeriod(last, period);
  return {
    ...p,
    active: isPairActiveDuring(p.pair, period.start, period.end),
    started: isInPeriod(p.pair.start, period),
    ended,
    endedEarly: ended && p.pair.ended_early !== undefined,
  };
}

/** Every kind with an active, started or ended pair: the format's kinds in their order, then others by code. */
function countByKind(facts: readonly PairFacts[]): KindRow[] {
  const rows = new Map<string, KindRow>();
  for (const f of facts) {
    if (!f.active && !f.started && !f.ended) continue;
    const kind = f.pair.kind;
    const row = rows.get(kind) ?? { kind, label: pairKindLabel(kind), active: 0, started: 0, ended: 0 };
    row.active += f.active ? 1 : 0;
    row.started += f.started ? 1 : 0;
    row.ended += f.ended ? 1 : 0;
    rows.set(kind, row);
  }
  const rank = (kind: string): number => {
    const i = (PAIR_KINDS as readonly string[]).indexOf(kind);
    return i < 0 ? PAIR_KINDS.length : i;
  };
  return [...rows.values()].sort((a, b) => rank(a.kind) - rank(b.kind) || compareText(a.kind, b.kind));
}

function pairRow(ws: Workspace, f: PairFacts): PairRow {
  const { pair } = f;
  return {
    mentor: personRef(ws, f.mentor),
    mentee: personRef(ws, pair.mentee),
    kind: pair.kind,
    kind_label: pairKindLabel(pair.kind),
    role: pair.role,
    role_label: pairRoleLabel(pair.role),
    start: pair.start,
    end: pairLastDay(pair),
    ended_early: pair.ended_early ? { date: pair.ended_early.date, reason: pair.ended_early.reason } : null,
    unfinished: pair.ended_early ? unfinishedItems(ws, pair.mentee, pairLastDay(pair)) : null,
    started_in_period: f.started,
    ended_in_period: f.ended,
  };
}

/** By mentor, then mentee (name, then id), then start. */
function comparePairRows(a: PairRow, b: PairRow): number {
  return comparePeople(a.mentor, b.mentor) || comparePeople(a.mentee, b.mentee) || compareText(a.start, b.start);
}

/** Items of the mentee's route of the academic year of `day` still open on that day. */
function unfinishedItems(ws: Workspace, mentee: string, day: string): number {
  const year = academicYearOf(day);
  const route = ws.routes.find((r) => r.value.teacher === mentee && r.value.year === year);
  return route?.value.items.filter((i) => isOpenOn(i, day)).length ?? 0;
}
