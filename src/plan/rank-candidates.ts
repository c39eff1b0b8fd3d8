// Plan stage: the best mentors of one mentee among thousands — the mentee-independent part of
// every teacher's evaluation computed once, then a top-N selection instead of sorting everyone.

import type { Teacher } from '../model/types.js';
import { POINTS } from './candidate-reasons.js';
import { compareCandidates, evaluateCandidate, type Candidate, type MatchContext } from './evaluate-candidate.js';
import { arePositionsRelated } from './related-positions.js';

/** A teacher's evaluation against no one in particular: exclusions, and the score without position and expertise. */
interface Base {
  teacher: Teacher;
  score: number;
  load: number;
  /** Index of the teacher's position in `positions`. */
  position: number;
  /** The expertise as a bit set over `bits`, and as codes for a workspace with too many codes for bits. */
  expertise: number;
  expertiseCodes: readonly string[];
}

/** Bit sets of direction codes hold up to 30 codes; more is far beyond any catalog. */
const MAX_BITS = 30;

/** A mentee stand-in: no position, no deficits, the same `left` (the proposal's end depends on it). */
const NOBODY = '\u0000nobody';

/**
 * Bases for the mentees whose proposal ends on the same day: the teachers who meet every hard
 * requirement (a mentee is never his own candidate: that is checked per mentee), with what their
 * score owes to no mentee in particular. Cached per end of the mentee's period.
 */
export class CandidateRanker {
  private readonly bases = new Map<string, Base[]>();
  private readonly positions: string[] = [];
  private readonly bits = new Map<string, number>();
  /** Set once the codes outnumber the bits: expertise is then counted code by code. */
  private overflow = false;

  constructor(private readonly teachers: readonly Teacher[]) {}

  /** The best `limit` candidates for the mentee of `ctx`, ordered as `compareCandidates` orders them. */
  top(ctx: MatchContext, limit: number): Candidate[] {
    const bases = this.basesFor(ctx);
    const deficits = this.mask(ctx.deficits);
    const points = this.positions.map((position) => positionPoints(position, ctx.mentee.position));
    // Bases come best first: once even the most a mentee can add cannot reach the last of the
    // best, no later base can either.
    const most = Math.max(0, ...points) + POINTS.expertise_per_deficit * (this.overflow ? ctx.deficits.length : bitCount(deficits));
    const best: { base: Base; score: number }[] = [];
    const worse = (a: { base: Base; score: number }, b: { base: Base; score: number }): boolean =>
      a.score < b.score || (a.score === b.score && (a.base.load > b.base.load || (a.base.load === b.base.load && a.base.teacher.id > b.base.teacher.id)));
    for (const base of bases) {
      if (best.length === limit && base.score + most < best[best.length - 1]!.score) break;
      if (base.teacher.id === ctx.mentee.id) continue;
      const covered = this.overflow ? ctx.deficits.filter((d) => base.expertiseCodes.includes(d)).length : bitCount(base.expertise & deficits);
      const score = base.score + points[base.position]! + POINTS.expertise_per_deficit * covered;
      if (best.length === limit) {
        const last = best[best.length - 1]!;
        if (score < last.score || (score === last.score && !worse(last, { base, score }))) continue;
      }
      const entry = { base, score };
      let i = best.length - 1;
      while (i >= 0 && worse(best[i]!, entry)) i--;
      best.splice(i + 1, 0, entry);
      if (best.length > limit) best.pop();
    }
    // The few winners get their full evaluation, with every reason, as before.
    return best
      .map(({ base }) => evaluateCandidate(ctx, base.teacher).candidate)
      .filter((c): c is Candidate => c !== undefined)
      .sort(compareCandidates);
  }

  private basesFor(ctx: MatchContext): Base[] {
    const key = ctx.mentee.left ?? '';
    let bases = this.bases.get(key);
    if (bases === undefined) {
      const nobody: Teacher = { ...ctx.mentee, id: NOBODY, position: NOBODY as Teacher['position'] };
      const neutral: MatchContext = { ...ctx, mentee: nobody, deficits: [] };
      bases = [];
      for (const teacher of this.teachers) {
        const candidate = evaluateCandidate(neutral, teacher).candidate;
        if (candidate === undefined) continue;
        let position = this.positions.indexOf(teacher.position);
        if (position < 0) position = this.positions.push(teacher.position) - 1;
        const expertiseCodes = ctx.index.mentors.get(teacher.id)?.expertise ?? [];
        bases.push({ teacher, score: candidate.score, load: candidate.load, position, expertise: this.mask(expertiseCodes), expertiseCodes });
      }
      bases.sort((a, b) => b.score - a.score);
      this.bases.set(key, bases);
    }
    return bases;
  }

  /** A bit set of direction codes; every code gets its bit the first time it is seen. */
  private mask(codes: readonly string[]): number {
    let mask = 0;
    for (const code of codes) {
      let bit = this.bits.get(code);
      if (bit === undefined) {
        if (this.bits.size >= MAX_BITS) {
          this.overflow = true;
          continue;
        }
        bit = this.bits.size;
        this.bits.set(code, bit);
      }
      mask |= 1 << bit;
    }
    return mask;
  }

}

function positionPoints(mentor: string, mentee: string): number {
  if (mentor === mentee) return POINTS.same_position;
  return arePositionsRelated(mentor, mentee) ? POINTS.related_position : 0;
}

function bitCount(n: number): number {
  let count = 0;
  for (let x = n; x !== 0; x &= x - 1) count++;
  return count;
}
