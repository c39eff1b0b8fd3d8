// Plan stage: the activities a new route has taken so far, and whether one more still fits.

import { PREREQUISITES } from './activity-rules.js';
import { fitsSlots, type MonthSlots } from './month-slots.js';
import type { CatalogActivity } from '../model/types.js';

export interface Candidate {
  activity: CatalogActivity;
  direction: string;
  /** Position in the catalog: the order of the basics (norms, documents) before the extras. */
  index: number;
  /** First open month it may take, -1 when its lead time reaches past the period. */
  earliest: number;
}

/** Why a candidate was not taken: no place left (`room`), too little time (`lead`), or already in. */
export type Outcome = 'ok' | 'room' | 'lead' | 'taken';

export class Selection {
  readonly chosen: Candidate[] = [];
  private readonly ids = new Set<string>();

  constructor(
    private readonly slots: MonthSlots,
    /** At most this many items. */
    readonly budget: number,
    private readonly byId: ReadonlyMap<string, Candidate>,
  ) {}

  has(id: string): boolean {
    return this.ids.has(id);
  }

  get size(): number {
    return this.chosen.length;
  }

  /** Takes the candidate, with what must come before it, when all of them still fit. */
  add(c: Candidate): Outcome {
    if (this.ids.has(c.activity.id)) return 'taken';
    const before = PREREQUISITES[c.activity.id];
    const prerequisite = before !== undefined && !this.ids.has(before) ? this.byId.get(before) : undefined;
    const group = prerequisite !== undefined ? [prerequisite, c] : [c];
    if (group.some((g) => g.earliest < 0)) return 'lead';
    if (this.chosen.length + group.length > this.budget) return 'room';
    if (!fitsSlots(this.slots, [...this.chosen, ...group].map((g) => g.earliest))) return 'room';
    for (const g of group) {
      this.chosen.push(g);
      this.ids.add(g.activity.id);
    }
    return 'ok';
  }
}
