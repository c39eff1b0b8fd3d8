// Unit tests of the full YAML reader: every failure is a problem at its place, never an exception.

import { describe, expect, it } from 'vitest';
import { MAX_ALIAS_COUNT, parseWithYaml } from '../../src/load/parse-record-yaml.js';
import type { Problem } from '../../src/model/problem.js';

const FILE = 'teachers/ivanova-ma.yaml';

function problemsOf(text: string): Problem[] {
  const parsed = parseWithYaml(text, FILE);
  if (!('problems' in parsed)) throw new Error(`expected problems, got ${JSON.stringify(parsed.value)}`);
  return parsed.problems;
}

/** Rule and position of each problem. */
function places(text: string): [string, number | undefined, number | undefined][] {
  return problemsOf(text).map((p) => [p.rule, p.line, p.column]);
}

/** "Billion laughs": each level lists the previous one ten times; `levels` levels of aliases. */
function aliasBomb(levels: number): string {
  const lines = ['l0: &l0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]'];
  for (let i = 1; i <= levels; i++) lines.push(`l${i}: &l${i} [${Array(10).fill(`*l${i - 1}`).join(', ')}]`);
  return `${lines.join('\n')}\n`;
}

describe('parseWithYaml', () => {
  it('reads a record into plain values', () => {
    expect(parseWithYaml('id: ivanova-ma\nexperience: { years: 2.5, as_of: 2025-08-25 }\n', FILE)).toEqual({
      value: { id: 'ivanova-ma', experience: { years: 2.5, as_of: '2025-08-25' } },
    });
  });

  it('reports a colon and a space in a value at the value, with the id of that mistake', () => {
    expect(problemsOf('id: ivanova-ma\ngroup: Средняя группа: «Звёздочки»\n')).toEqual([
      {
        rule: 'yaml-colon-in-value',
        severity: 'error',
        file: FILE,
        pointer: '',
        params: {},
        line: 2,
        column: 8,
      },
    ]);
  });

  it('reports a stray closing bracket at the bracket', () => {
    expect(places('id: ivanova-ma\nexperience: { years: 0, as_of: 2025-08-25 }}\n')).toEqual([['yaml-unexpected', 2, 44]]);
  });

  it('reports a repeated key at its second occurrence', () => {
    expect(places('id: ivanova-ma\nposition: educator\ncategory: none\nposition: tutor\n')).toEqual([['yaml-duplicate-key', 4, 1]]);
  });

  it('reports a repeated key inside a nested mapping', () => {
    expect(places('education:\n  level: higher\n  year: 2025\n  level: other\n')).toEqual([['yaml-duplicate-key', 4, 3]]);
  });

  it('reports an empty file at its start', () => {
    expect(problemsOf('')).toEqual([{ rule: 'file-empty', severity: 'error', file: FILE, pointer: '', params: {}, line: 1, column: 1 }]);
  });

  it('reports a file of comments and blank lines as empty', () => {
    expect(places('# Иванова Мария Алексеевна\n\n# заполнить позже\n')).toEqual([['file-empty', 1, 1]]);
  });

  it('reports a file with nothing but a document marker as empty', () => {
    expect(places('---\n')).toEqual([['file-empty', 1, 1]]);
  });

  it('reports a list at the top as not a mapping, where the list starts', () => {
    expect(places('# педагоги\n- ivanova-ma\n- petrova-ov\n')).toEqual([['file-not-mapping', 2, 1]]);
  });

  it('reports a single value at the top as not a mapping', () => {
    expect(places('Иванова Мария Алексеевна\n')).toEqual([['file-not-mapping', 1, 1]]);
  });

  it('reads a record that uses an anchor a few times', () => {
    expect(parseWithYaml('start: &d 2025-09-01\nagreement: { date: *d }\nconsent: { date: *d }\n', FILE)).toEqual({
      value: { start: '2025-09-01', agreement: { date: '2025-09-01' }, consent: { date: '2025-09-01' } },
    });
  });

  it(`reports more than ${MAX_ALIAS_COUNT} alias expansions as an alias bomb`, () => {
    expect(problemsOf(aliasBomb(3))).toEqual([
      { rule: 'yaml-alias-bomb', severity: 'error', file: FILE, pointer: '', params: { limit: 100 }, line: 1, column: 1 },
    ]);
  });

  it('stops a billion laughs of nine levels quickly', () => {
    const started = performance.now();
    expect(places(aliasBomb(9))).toEqual([['yaml-alias-bomb', 1, 1]]);
    expect(performance.now() - started).toBeLessThan(1000);
  });
});

describe('parseWithYaml on deep nesting', () => {
  it('reports nesting past 100 levels at the first node too deep', () => {
    // An anchor sends the text to yaml, not js-yaml.
    expect(places(`a: &x 1\nb: ${'['.repeat(150)}${']'.repeat(150)}\n`)).toEqual([['yaml-too-deep', 2, 103]]);
  });

  it('refuses to read a text nested thousands deep, without a crash', () => {
    expect(places(`a: &x 1\nb: ${'['.repeat(10_000)}${']'.repeat(10_000)}\n`)).toEqual([['yaml-too-deep', 2, 303]]);
    const block = Array.from({ length: 5000 }, (_, i) => `${' '.repeat(i)}k:`).join('\n');
    expect(places(`a: &x 1\n${block} 1\n`).map(([rule]) => rule)).toEqual(['yaml-too-deep']);
  });
});
