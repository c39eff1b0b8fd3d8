// Plan stage: the fast top-N ranking of mentors gives exactly the ranking of evaluating and
// sorting every teacher, on generated staffs.

import { describe, expect, it } from 'vitest';
import { BUILTIN_DIRECTIONS, POSITIONS } from '../../src/model/types.js';
import { compareCandidates, evaluateCandidate, indexForMatching, type Candidate } from '../../src/plan/evaluate-candidate.js';
import { proposalPeriod } from '../../src/plan/propose-pair.js';
import { CandidateRanker } from '../../src/plan/rank-candidates.js';
import { buildWorkspace, type WorkspaceInput } from '../rules/build.js';
import { seededRandom } from '../seeded-random.js';

const random = seededRandom;

function staff(seed: number, size: number) {
  const rnd = random(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)]!;
  const ids = Array.from({ length: size }, (_, i) => `t${String(i).padStart(4, '0')}`);
  const teachers: NonNullable<WorkspaceInput['teachers']> = ids.map((id) => ({
    id,
    position: pick(POSITIONS),
    hired: rnd() < 0.2 ? '2025-11-01' : '2012-09-01',
    experience: { years: Math.floor(rnd() * 25), as_of: '2025-09-01' },
    category: pick(['none', 'first', 'highest', 'mentor']),
    ...(rnd() < 0.05 ? { left: '2026-04-15' } : {}),
  }));
  const mentors: NonNullable<WorkspaceInput['mentors']> = ids
    .filter(() => rnd() < 0.2)
    .map((id) => ({
      teacher: id,
      ...(rnd() < 0.7 ? { consent: { date: '2025-08-01' } } : { consent: undefined }),
      expertise: BUILTIN_DIRECTIONS.filter(() => rnd() < 0.3),
      pairs: rnd() < 0.5 ? [{ mentee: pick(ids), start: '2025-09-01', end: '2026-05-31', agreement: { number: '1', date: '2025-09-01' } }] : [],
    }));
  return buildWorkspace({ teachers, mentors });
}

describe('CandidateRanker', () => {
  it('ranks as sorting every evaluated teacher does, for every mentee of generated staffs', () => {
    for (const seed of [1, 2, 3]) {
      const ws = staff(seed, 300);
      const index = indexForMatching(ws);
      const ranker = new CandidateRanker(index.teachers);
      const rnd = random(seed + 100);
      for (const mentee of index.teachers.slice(0, 60)) {
        const period = proposalPeriod('2025/2026', '2026-03-20', mentee);
        if (!period) continue;
        const deficits = BUILTIN_DIRECTIONS.filter(() => rnd() < 0.3);
        const ctx = { ws, index, today: '2026-03-20', year: '2025/2026', mentee, menteePeriod: period, deficits };
        const naive = index.teachers
          .map((t) => evaluateCandidate(ctx, t).candidate)
          .filter((c): c is Candidate => c !== undefined)
          .sort(compareCandidates)
          .slice(0, 5);
        expect(ranker.top(ctx, 5), `seed ${seed}, ${mentee.id}`).toEqual(naive);
      }
    }
  });
});
