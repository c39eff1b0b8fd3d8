// PositionTree must place every pointer exactly where the `yaml` Locator does, or not be built.

import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Locator } from '../../src/load/locate.js';
import { PositionTree } from '../../src/load/position-tree.js';

function yamlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return yamlFiles(path);
    return name.endsWith('.yaml') ? [path] : [];
  });
}

/** Every pointer into `value`, and one missing pointer under each collection. */
function pointers(value: unknown, path = ''): string[] {
  if (value === null || typeof value !== 'object') return [path];
  const entries = Array.isArray(value) ? value.map((v, i) => [String(i), v] as const) : Object.entries(value as Record<string, unknown>);
  const escape = (s: string): string => s.replace(/~/g, '~0').replace(/\//g, '~1');
  return [path, `${path}/missing/deeper`, ...entries.flatMap(([k, v]) => pointers(v, `${path}/${escape(k)}`))];
}

function expectSamePlaces(text: string, value: unknown): void {
  const tree = PositionTree.build(text);
  if (tree === undefined) return;
  const locator = new Locator(text);
  for (const pointer of pointers(value)) {
    expect(tree.locate(pointer), `${pointer} in ${text.slice(0, 60)}`).toEqual(locator.locate(pointer));
    expect(tree.locate(pointer, true), `${pointer} (key)`).toEqual(locator.locate(pointer, true));
  }
}

describe('PositionTree', () => {
  it('places every field of every example and fixture file as the yaml Locator does', async () => {
    const { parse } = await import('yaml');
    let built = 0;
    for (const file of [...yamlFiles('examples/solnyshko'), ...yamlFiles('tests/fixtures')]) {
      const text = readFileSync(file, 'utf8');
      let value: unknown;
      try {
        value = parse(text);
      } catch {
        continue;
      }
      if (PositionTree.build(text) !== undefined) built++;
      expectSamePlaces(text, value);
    }
    expect(built).toBeGreaterThan(50);
  });

  const cases: Record<string, string> = {
    'empty values': 'a:\nb: 1\nc:\n  d:\n  e: [ ]\nf: { g: , h: 2 }\n',
    'comments between keys and values': 'a: # note\n  # more\n  b: 1\nlist:\n  # first\n  - x # x\n',
    'block scalars': 'notes: |\n  text\nnext: >-\n  folded\n',
    'quoted keys and values': '"a b": \'c\'\n"d": "e"\n',
    'windows line ends': 'id: x\r\nlist:\r\n  - a\r\n  - b: 1\r\n',
    'Cyrillic text': 'title: { ru: Программа, year: 2025 }\nname: Петрова\n',
    'integer-like keys': 'b: 1\n2: x\n1: y\n',
    'flow collections as list items': 'meetings:\n  - { date: 2026-01-01, topic: a }\n  - [1, 2]\n  -   {x: 1}\n  - - { y: 2 }\n  - {}\n',
  };
  for (const [name, text] of Object.entries(cases)) {
    it(`places ${name} as the yaml Locator does`, async () => {
      const { parse } = await import('yaml');
      expect(PositionTree.build(text)).toBeDefined();
      expectSamePlaces(text, parse(text));
    });
  }

  it('is not built where items and nodes do not match one to one', () => {
    expect(PositionTree.build('a: { b, c: 1 }\n')).toBeUndefined();
    expect(PositionTree.build('a: [b: 1]\n')).toBeUndefined();
    expect(PositionTree.build('a: 1\na: 2\n')).toBeUndefined();
  });
});
