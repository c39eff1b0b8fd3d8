import { describe, expect, it } from 'vitest';
import { buildTrie, makeSuggester, MAX_SEARCHES, nearIds, suggestionLimit } from '../../src/model/did-you-mean.js';

/** The textbook Levenshtein table, to check the trie walk against. */
function levenshtein(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      row.push(Math.min(previous[j]! + 1, row[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1)));
    }
    previous = row;
  }
  return previous[b.length]!;
}

describe('nearIds', () => {
  it('finds exactly the ids within the limit, with their distances', () => {
    let seed = 7;
    const random = (n: number): number => ((seed = (seed * 1103515245 + 12345) % 2147483648), seed % n);
    const word = (): string => Array.from({ length: 1 + random(8) }, () => 'abc-'[random(4)]).join('');
    for (let round = 0; round < 200; round++) {
      const known = [...new Set(Array.from({ length: 30 }, word))];
      const [query, limit] = [word(), random(4)];
      const expected = known
        .map((id) => ({ id, distance: levenshtein(query, id) }))
        .filter((near) => near.distance <= limit);
      const byId = (a: { id: string }, b: { id: string }): number => (a.id < b.id ? -1 : 1);
      expect(nearIds(buildTrie(known), query, limit).sort(byId)).toEqual(expected.sort(byId));
    }
  });
});

describe('makeSuggester', () => {
  const suggest = makeSuggester(['ivanova-ma', 'ivanova-mb', 'petrova-ov', 'sidorova-ni', 'family']);

  it('offers the nearest ids, nearest first, then alphabetically', () => {
    expect(suggest('ivanova-mx')).toBe('ivanova-ma, ivanova-mb');
    expect(suggest('petrova-o')).toBe('petrova-ov');
    expect(suggest('famly')).toBe('family');
  });

  it('offers nothing when no id is near', () => {
    expect(suggest('kuznetsova-ev')).toBe('');
  });

  it('allows a third of the length for long ids, at least 2', () => {
    expect(suggestionLimit('ab')).toBe(2);
    expect(suggestionLimit('ivanova-maria')).toBe(4);
  });

  it('offers at most three', () => {
    const many = makeSuggester(['aa-1', 'aa-2', 'aa-3', 'aa-4']);
    expect(many('aa-5').split(', ')).toHaveLength(3);
  });

  it('stops searching after MAX_SEARCHES distinct ids, so hundreds of unknown ids stay cheap', () => {
    const many = makeSuggester(Array.from({ length: 10_000 }, (_, i) => `teacher-${i}`));
    const started = performance.now();
    for (let i = 0; i < MAX_SEARCHES; i++) expect(many(`teacher-${i}x`)).not.toBe('');
    expect(many('teacher-1x')).not.toBe('');
    expect(many('teacher-99999x')).toBe('');
    expect(performance.now() - started).toBeLessThan(5000);
  });
});
