// Unit tests of the locate stage: a JSON pointer into a record maps back to its line and column.

import { describe, expect, it } from 'vitest';
import { Locator, pointerSegments } from '../../src/load/locate.js';

const MENTOR = [
  'teacher: petrova-ov', //                          1
  'consent: { date: 2025-08-28 }', //                2
  'expertise: [family, normative]', //               3
  'pairs:', //                                       4
  '  - mentee: ivanova-ma', //                       5
  '    kind: traditional', //                        6
  '    agreement:', //                               7
  '      number: "12"', //                           8
  '  - mentee: sidorova-ni', //                      9
  '    order:', //                                   10
  'tasks:', //                                       11
  '- Освоить ведение документации', //               12
  '- Выстроить работу с семьями', //                 13
  '"a/b~c": 1', //                                   14
  '',
].join('\n');

const at = (line: number, column: number): { line: number; column: number } => ({ line, column });

describe('Locator', () => {
  const locator = new Locator(MENTOR);

  it('finds the value of a top-level key', () => {
    expect(locator.locate('/teacher')).toEqual(at(1, 10));
  });

  it('finds a value in a nested block mapping', () => {
    expect(locator.locate('/pairs/0/agreement/number')).toEqual(at(8, 15));
  });

  it('finds a value in a flow mapping', () => {
    expect(locator.locate('/consent/date')).toEqual(at(2, 18));
  });

  it('finds an item of a flow sequence', () => {
    expect(locator.locate('/expertise/1')).toEqual(at(3, 21));
  });

  it('finds an item of a block sequence written at the indentation of its key', () => {
    expect(locator.locate('/tasks/1')).toEqual(at(13, 3));
  });

  it('finds a compact "- key: value" item and the fields inside it', () => {
    expect(locator.locate('/pairs/1')).toEqual(at(9, 5));
    expect(locator.locate('/pairs/1/mentee')).toEqual(at(9, 13));
  });

  it('finds the key instead of the value when asked', () => {
    expect(locator.locate('/pairs/0/kind', true)).toEqual(at(6, 5));
  });

  it('falls back to the value for a sequence item, which has no key', () => {
    expect(locator.locate('/tasks/1', true)).toEqual(at(13, 3));
  });

  it('finds a key whose value is left empty', () => {
    expect(locator.locate('/pairs/1/order', true)).toEqual(at(10, 5));
  });

  it('unescapes ~1 and ~0 in a pointer', () => {
    expect(locator.locate('/a~1b~0c', true)).toEqual(at(14, 1));
    expect(locator.locate('/a~1b~0c')).toEqual(at(14, 10));
  });

  it('points a missing field at the deepest part of its path that exists', () => {
    expect(locator.locate('/pairs/0/agreement/date')).toEqual(at(8, 7));
  });

  it('points a missing list item at the list', () => {
    expect(locator.locate('/pairs/7/kind')).toEqual(at(5, 3));
  });

  it('points the whole record at its first node, after leading comments', () => {
    expect(new Locator('# Наставник\n\nteacher: petrova-ov\n').locate('')).toEqual(at(3, 1));
  });

  it('counts columns in characters, not bytes, after Cyrillic text', () => {
    expect(new Locator('title: { ru: Программа, year: 2025 }\n').locate('/title/year')).toEqual(at(1, 31));
  });

  it('counts lines of a file with Windows line endings', () => {
    expect(new Locator('id: x\r\nfull_name: y\r\n').locate('/full_name')).toEqual(at(2, 12));
  });

  it('answers the start of an empty text', () => {
    expect(new Locator('').locate('/id')).toEqual(at(1, 1));
  });
});

describe('pointerSegments', () => {
  it('splits a pointer into its segments', () => {
    expect(pointerSegments('/pairs/0/agreement')).toEqual(['pairs', '0', 'agreement']);
  });

  it('gives no segments for the whole document', () => {
    expect(pointerSegments('')).toEqual([]);
  });

  it('unescapes ~1 to "/" and ~0 to "~", in that order', () => {
    expect(pointerSegments('/a~1b/~0/~01')).toEqual(['a/b', '~', '~1']);
  });
});
