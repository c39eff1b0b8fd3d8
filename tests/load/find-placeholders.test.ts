// Unit tests of finding the placeholders of a record: the `# уточните` mark on a value's line.

import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { findPlaceholders } from '../../src/load/find-placeholders.js';
import { PositionTree } from '../../src/load/position-tree.js';

const find = (text: string): string[] => findPlaceholders(text, load(text));

describe('findPlaceholders', () => {
  it('finds nothing without the word, and nothing for the word outside a mark', () => {
    expect(find('id: a\nhired: 2026-01-01\n')).toEqual([]);
    expect(find('# Поля с пометкой «уточните» — заготовки\nid: a   # не уточните\nname: "x # уточните"\n')).toEqual([]);
    expect(find("full_name: О'Брайен Анна   # уточните\nother: 'x # уточните'\n")).toEqual(['/full_name']);
  });

  it('takes the field whose line carries the mark, whole (a block or a flow mapping)', () => {
    const text = [
      'hired: 2026-11-28   # уточните: дата приёма',
      'experience: { years: 0, as_of: 2026-11-28 }   # Уточните',
      'education:   # уточните',
      '  level: higher   # higher — высшее',
      '  institution: уточните',
      'category: none #уточните',
      '',
    ].join('\n');
    expect(find(text)).toEqual(['/hired', '/experience', '/education', '/category']);
  });

  it('takes a nested field, a list item, and a value that is the word itself', () => {
    const text = [
      'education:',
      '  level: higher',
      '  institution: уточните',
      'courses:',
      '  - { title: КПК, hours: 72, year: 2020 }   # уточните',
      '  - title: ФОП ДО',
      '    hours: 36   # уточните',
      '    year: 2024',
      '',
    ].join('\n');
    expect(find(text)).toEqual(['/education/institution', '/courses/0', '/courses/1/hours']);
  });

  it('without a tree (a flow key without a value), finds the field by indentation', () => {
    const text = ['id: a', 'hired: 2026-01-01   # уточните', 'tags: { x, y: 1 }', 'education:', '  level: higher', '  specialty: x   # уточните', ''].join('\n');
    expect(PositionTree.build(text)).toBeUndefined();
    expect(find(text)).toEqual(['/hired', '/education/specialty']);
  });

  it('finds the field of a list whose items are flow mappings', () => {
    const text = [
      'id: a',
      'hired: 2026-01-01   # уточните',
      'courses:',
      '- { title: A, hours: 72, year: 2020 }',
      '- title: B',
      '  hours: 36',
      '  year: 2024   # уточните',
      'education:',
      '  level: higher',
      '  "specialty": x   # уточните',
      '',
    ].join('\n');
    expect(find(text)).toEqual(['/hired', '/courses/1/year', '/education/specialty']);
  });
});
