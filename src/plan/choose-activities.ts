// Plan stage: which catalog activities a new route holds — every deficit first, then the core, the
// `always` ones, up to two showcase activities for strengths, then the deficits' further ones.

import type { CatalogActivity } from '../model/types.js';
import { CALENDAR_BOUND, CORE_ACTIVITIES, MIN_ROUTE_ITEMS, isActivityFor, isFillOnly, isPersonal } from './activity-rules.js';
import type { Catalog } from './catalog.js';
import { academicIndex, earliestSlot, type MonthSlots } from './month-slots.js';
import type { RouteProfile } from './route-profile.js';
import { Selection, type Candidate } from './selection.js';

export type { Candidate } from './selection.js';

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
  const all = catalog.directions.flatMap((d) => d.activities.map((activity) => ({ activity, direction: d.direction })));
  const candidates = all.map((c, index) => ({ ...c, index, earliest: earliestSlot(input.slots, c.activity.lead_days ?? 0) }));
  const openMonths = new Set(input.slots.months.map((m) => Number(m.slice(5, 7))));
  const isInSeason = (c: Candidate): boolean => !CALENDAR_BOUND.has(c.activity.id) || c.activity.months.some((m) => openMonths.has(m));
  const ctx: PhaseContext = {
    input,
    eligible: candidates.filter((c) => isActivityFor(c.activity, input.profile) && isInSeason(c)),
    selection: new Selection(input.slots, Math.min(input.maxItems, input.slots.months.length * input.slots.maxPerMonth), new Map(candidates.map((c) => [c.activity.id, c]))),
    leftOut: [],
    deferred: [],
  };
  for (const phase of PHASES) phase(ctx);
  return { chosen: sortByMonth(ctx.selection.chosen), leftOut: ctx.leftOut, deferred: ctx.deferred };
}

interface PhaseContext {
  input: ChoiceInput;
  eligible: Candidate[];
  selection: Selection;
  leftOut: LeftOut[];
  deferred: string[];
}

const inDirection = (ctx: PhaseContext, code: string): Candidate[] => ctx.eligible.filter((c) => c.direction === code);

/** One activity for every deficit, most severe first (its `deficit` ones before its `always` ones). */
function addDeficitFirsts(ctx: PhaseContext): void {
  for (const code of ctx.input.deficits) {
    const own = inDirection(ctx, code).filter((c) => c.activity.when !== 'strength');
    const ordered = [...own.filter((c) => c.activity.when === 'deficit'), ...own.filter((c) => c.activity.when === 'always')];
    if (!ordered.some((c) => ctx.selection.has(c.activity.id)) && !ordered.some((c) => ctx.selection.add(c) === 'ok')) ctx.deferred.push(code);
  }
}

/** The core, then the teacher's own `always` activities (her post, a newcomer's onboarding), then the rest by month. */
function addAlways(ctx: PhaseContext): void {
  const always = ctx.eligible.filter((c) => c.activity.when === 'always' && !isFillOnly(c.activity, ctx.input.profile));
  const core = CORE_ACTIVITIES.flatMap((id) => always.filter((c) => c.activity.id === id));
  const personal = sortByMonth(always.filter((c) => isPersonal(c.activity)));
  for (const c of [...core, ...personal, ...sortByMonth(always)]) {
    const outcome = ctx.selection.add(c);
    if ((outcome === 'room' || outcome === 'lead') && !ctx.leftOut.some((l) => l.activity.id === c.activity.id)) {
      ctx.leftOut.push({ activity: c.activity, reason: outcome });
    }
  }
}

/** Up to two showcase activities, strongest direction first. */
function addShowcase(ctx: PhaseContext): void {
  let taken = 0;
  for (const code of ctx.input.strengths) {
    for (const c of inDirection(ctx, code).filter((x) => x.activity.when === 'strength')) {
      if (taken < MAX_STRENGTH_ITEMS && ctx.selection.add(c) === 'ok') taken++;
    }
  }
}

/** The deficits' further activities in turns, most severe first, while places last. */
function addFurtherDeficits(ctx: PhaseContext): void {
  const queues = ctx.input.deficits.map((code) => inDirection(ctx, code).filter((c) => c.activity.when === 'deficit'));
  for (let round = 0; queues.some((q) => q.length > round); round++) {
    for (const queue of queues) {
      const c = queue[round];
      if (c !== undefined) ctx.selection.add(c);
    }
  }
}

/**
 * A route still thinner than a real one: the role's other `always` activities, then the first
 * activities of the weakest directions that are not deficits.
 */
function fillThinRoute(ctx: PhaseContext): void {
  const fill = [
    ...sortByMonth(ctx.eligible.filter((c) => isFillOnly(c.activity, ctx.input.profile))),
    ...ctx.input.weakest.flatMap((code) => inDirection(ctx, code).filter((c) => c.activity.when === 'deficit').slice(0, 1)),
  ];
  for (const c of fill) if (ctx.selection.size < Math.min(MIN_ROUTE_ITEMS, ctx.selection.budget)) ctx.selection.add(c);
}

/** The order of claim on the route's places. */
const PHASES: readonly ((ctx: PhaseContext) => void)[] = [addDeficitFirsts, addAlways, addShowcase, addFurtherDeficits, fillThinRoute];

/** By the academic month an activity belongs to (its best month), then the catalog's order. */
function sortByMonth(candidates: readonly Candidate[]): Candidate[] {
  const month = (c: Candidate): number => academicIndex(c.activity.months[0] ?? 9);
  return [...candidates].sort((a, b) => month(a) - month(b) || a.index - b.index);
}
