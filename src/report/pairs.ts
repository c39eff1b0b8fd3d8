// Report stage: the pairs of a period — counts, counts by kind, and the table of active pairs.

import { academicYearOf } from '../model/dates.js';
import { pairKindLabel, pairRoleLabel } from '../model/labels.js';
import { isPairActiveDuring, pairLastDay } from '../model/pairs.js';
import { PAIR_KINDS } from '../model/types.js';
import type { Workspace } from '../model/workspace.js';
import { isOpenOn } from './item-status.js';
import { summarizeMentorLoad } from './mentor-load.js';
import { findGroups, type MentoringGroup } from './mentoring-groups.js';
import { allPairs, type MentoringPair } from './mentoring-pairs.js';
import { comparePeople, compareText, personRef } from './people.js';
import { countedPeriod, isInPeriod } from './report-days.js';
import type { GroupRow, PairRow, Period, Report } from './types.js';

type PairFigures = Report['pairs'];
type KindRow = PairFigures['by_kind'][number];

/**
 * Counted over [period start, as_of]: a pair that starts after as_of is not yet active, and one
 * still running on as_of has not ended, whatever its planned end. `today` defaults to the period end.
 */
export function summarizePairs(ws: Workspace, period: Period, today: string = period.end): PairFigures {
  const counted = countedPeriod(period, today);
  const all = allPairs(ws);
  const facts = all.map((p) => pairFacts(p, counted));
  const active = facts.filter((f) => f.active);
  // Group mentoring counts as groups: a group of N mentees is one unit, like a pair.
  const groups = findGroups(all).map((g) => groupFacts(g, counted));
  const units: UnitFacts[] = [...facts.filter((f) => f.pair.kind !== 'group'), ...groups];
  return {
    active: units.filter((f) => f.active).length,
    started: units.filter((f) => f.started).length,
    ended: units.filter((f) => f.ended).length,
    ended_early: facts.filter((f) => f.endedEarly).length,
    by_kind: countByKind(units),
    list: active.map((f) => pairRow(ws, f)).sort(comparePairRows),
    groups: groups
      .filter((g) => g.active)
      .map((g) => groupRow(ws, g, counted))
      .sort((a, b) => comparePeople(a.mentor, b.mentor) || compareText(a.start, b.start)),
    mentor_load: summarizeMentorLoad(ws, counted),
  };
}

/** What the counts read of a pair or a group; `mentees` is 1 for a pair. */
interface UnitFacts {
  kind: string;
  mentees: number;
  active: boolean;
  started: boolean;
  ended: boolean;
}

function groupFacts(g: MentoringGroup, period: Period): UnitFacts & MentoringGroup {
  return {
    ...g,
    kind: 'group',
    mentees: new Set(g.pairs.filter((p) => isPairActiveDuring(p.pair, period.start, period.end)).map((p) => p.pair.mentee)).size,
    active: g.start <= period.end && g.end >= period.start,
    started: isInPeriod(g.start, period),
    ended: isInPeriod(g.end, period),
  };
}

function groupRow(ws: Workspace, g: UnitFacts & MentoringGroup, period: Period): GroupRow {
  const members = g.pairs.filter((p) => isPairActiveDuring(p.pair, period.start, period.end));
  return {
    mentor: personRef(ws, g.mentor),
    mentees: [...new Set(members.map((p) => p.pair.mentee))].map((id) => personRef(ws, id)).sort(comparePeople),
    start: g.start,
    end: g.end,
    started_in_period: g.started,
    ended_in_period: g.ended,
  };
}

interface PairFacts extends MentoringPair, UnitFacts {
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
    kind: p.pair.kind,
    mentees: 1,
    active: isPairActiveDuring(p.pair, period.start, period.end),
    started: isInPeriod(p.pair.start, period),
    ended,
    endedEarly: ended && p.pair.ended_early !== undefined,
  };
}

/**
 * Every kind with an active, started or ended pair (or group): the format's kinds in their order,
 * then others by code. A group counts once; `mentees` counts the mentees of the active ones.
 */
function countByKind(facts: readonly UnitFacts[]): KindRow[] {
  const rows = new Map<string, KindRow>();
  for (const f of facts) {
    if (!f.active && !f.started && !f.ended) continue;
    const kind = f.kind;
    const row = rows.get(kind) ?? { kind, label: pairKindLabel(kind), active: 0, mentees: 0, started: 0, ended: 0 };
    row.active += f.active ? 1 : 0;
    row.mentees += f.active ? f.mentees : 0;
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
