import { describe, expect, it } from 'vitest';
import { editDistance, makeSuggester, suggestionLimit } from '../../src/validate/rules/did-you-mean.js';

describe('editDistance', () => {
  it('counts insertions, deletions and substitutions', () => {
    expect(editDistance('ivanova-ma', 'ivanova-ma', 2)).toBe(0);
    expect(editDistance('ivanova-mx', 'ivanova-ma', 2)).toBe(1);
    expect(editDistance('ivanov-ma', 'ivanova-ma', 2)).toBe(1);
    expect(editDistance('kitten', 'sitting', 5)).toBe(3);
  });

  it('gives up past the limit', () => {
    expect(editDistance('abcdef', 'uvwxyz', 2)).toBe(3);
    expect(editDistance('a', 'abcdefgh', 2)).toBe(3);
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
});
