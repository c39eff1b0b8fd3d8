// Plan stage: which catalog activities a new route holds — every deficit first, then the core, the
// `always` ones, up to two showcase activities for strengths, then the deficits' further ones.

import type { CatalogActivity } from '../model/types.js';
import { CALENDAR_BOUND, CORE_ACTIVITIES, MIN_ROUTE_ITEMS, PREREQUISITES, isActivityFor, isFillOnly, isPersonal } from './activity-rules.js';
import type { Catalog } from './catalog.js';
import { academicIndex, earliestSlot, fitsSlots, type MonthSlots } from './month-slots.js';
import type { RouteProfile } from './route-profile.js';

export interface Candidate {
  activity: CatalogActivity;
  direction: string;
  /** Position in the catalog: the order of the basics (norms, documents) before the extras. */
  index: number;
  /** First open month it may take, -1 when its lead time reaches past the period. */
  earliest: number;
}

/** An `always` activity the route has no place for: `room` (the places went first to deficits) or `lead`. */
export interface LeftOut {
  activity: CatalogActivity;
  reason: 'room' | 'lead';
}

export interface Choice {
  /** In the route's order: by the academic month they belong to, then the catalog's order. */
  chosen: Candidate[];
  leftOut: LeftOut[];
  /** Deficit directions no activity could be planned for in this period (none of them eligible or in time). */
  deferred: string[];
}

export interface ChoiceInput {
  profile: RouteProfile;
  /** Deficit directions, most severe first. */
  deficits: readonly string[];
  /** Strength directions, strongest first. */
  strengths: readonly string[];
  /** The other assessed directions, weakest first: what fills a thin route. */
  weakest: readonly string[];
  slots: MonthSlots;
  maxItems: number;
}

/** At most this many showcase (`when: strength`) activities a route. */
export const MAX_STRENGTH_ITEMS = 2;

export function chooseActivities(catalog: Catalog, input: ChoiceInput): Choice {
  const all: Candidate[] = [];
  for (const d of catalog.directions) {
    for (const activity of d.activities) {
      all.push({ activity, direction: d.direction, index: all.length, earliest: earliestSlot(input.slots, activity.lead_days ?? 0) });
    }
  }
  const byId = new Map(all.map((c) => [c.activity.id, c]));
  const openMonths = new Set(input.slots.months.map((m) => Number(m.slice(5, 7))));
  const eligible = all.filter(
    (c) => isActivityFor(c.activity, input.profile) && (!CALENDAR_BOUND.has(c.activity.id) || c.activity.months.some((m) => openMonths.has(m))),
  );
  const budget = Math.min(input.maxItems, input.slots.months.length * input.slots.maxPerMonth);
  const selected: Candidate[] = [];
  const has = new Set<string>();
  const leftOut: LeftOut[] = [];

  /** Adds the candidate (with what must come before it) when it fits; says why not otherwise. */
  const tryAdd = (c: Candidate): 'ok' | 'room' | 'lead' | 'taken' => {
    if (has.has(c.activity.id)) return 'taken';
    const before = PREREQUISITES[c.activity.id];
    const prerequisite = before !== undefined && !has.has(before) ? byId.get(before) : undefined;
    const group = prerequisite !== undefined ? [prerequisite, c] : [c];
    if (group.some((g) => g.earliest < 0)) return 'lead';
    if (selected.length + group.length > budget) return 'room';
    if (!fitsSlots(input.slots, [...selected, ...group].map((g) => g.earliest))) return 'room';
    for (const g of group) {
      selected.push(g);
      has.add(g.activity.id);
    }
    return 'ok';
  };
  const inDirection = (code: string): Candidate[] => eligible.filter((c) => c.direction === code);

  const deferred: string[] = [];
  for (const code of input.deficits) {
    const own = inDirection(code).filter((c) => c.activity.when !== 'strength');
    const ordered = [...own.filter((c) => c.activity.when === 'deficit'), ...own.filter((c) => c.activity.when === 'always')];
    if (!ordered.some((c) => has.has(c.activity.id)) && !ordered.some((c) => tryAdd(c) === 'ok')) deferred.push(code);
  }
  const always = eligible.filter((c) => c.activity.when === 'always' && !isFillOnly(c.activity, input.profile));
  const core = CORE_ACTIVITIES.flatMap((id) => always.filter((c) => c.activity.id === id));
  // The teacher's own (her post, a newcomer's onboarding) before the general ones.
  const personal = sortByMonth(always.filter((c) => isPersonal(c.activity)));
  for (const c of [...core, ...personal, ...sortByMonth(always)]) {
    const outcome = tryAdd(c);
    if ((outcome === 'room' || outcome === 'lead') && !leftOut.some((l) => l.activity.id === c.activity.id)) {
      leftOut.push({ activity: c.activity, reason: outcome });
    }
  }
  let showcase = 0;
  for (const code of input.strengths) {
    for (const c of inDirection(code).filter((x) => x.activity.when === 'strength')) {
      if (showcase < MAX_STRENGTH_ITEMS && tryAdd(c) === 'ok') showcase++;
    }
  }
  // The deficits' further activities in turns, most severe first, while places last.
  const queues = input.deficits.map((code) => inDirection(code).filter((c) => c.activity.when === 'deficit' && !has.has(c.activity.id)));
  for (let round = 0; queues.some((q) => q.length > round); round++) {
    for (const queue of queues) {
      const c = queue[round];
      if (c !== undefined) tryAdd(c);
    }
  }
  // A route still thinner than a real one: the role's other `always` activities, then the first
  // activities of the weakest directions that are not deficits.
  const fill = [
    ...sortByMonth(eligible.filter((c) => isFillOnly(c.activity, input.profile))),
    ...input.weakest.flatMap((code) => inDirection(code).filter((c) => c.activity.when === 'deficit').slice(0, 1)),
  ];
  for (const c of fill) if (selected.length < Math.min(MIN_ROUTE_ITEMS, budget)) tryAdd(c);
  return { chosen: sortByMonth(selected), leftOut, deferred };
}

/** By the academic month an activity belongs to (its best month), then the catalog's order. */
function sortByMonth(candidates: readonly Candidate[]): Candidate[] {
  const month = (c: Candidate): number => academicIndex(c.activity.months[0] ?? 9);
  return [...candidates].sort((a, b) => month(a) - month(b) || a.index - b.index);
}
