// Differential test of parseRecord: whatever js-yaml yields must be what `yaml` (the editors'
// reader) would yield; where they could differ, the text must be handed to `yaml`.

import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { parseRecord } from '../../src/load/parse-record.js';

type Outcome = 'js-yaml' | 'handed over' | 'refused';

/** Reads `text` the fast way and checks the answer against `yaml`'s. */
function expectSameAsYaml(text: string): Outcome {
  const parsed = parseRecord(text, 'x.yaml');
  if (parsed === undefined) return 'handed over';
  if ('problems' in parsed) {
    // The reader's own refusals: these texts are never read as records at all.
    for (const found of parsed.problems) expect(['yaml-odd-space', 'yaml-too-deep'], text).toContain(found.rule);
    return 'refused';
  }
  const doc = parseDocument(text, { uniqueKeys: true });
  expect(doc.errors.map((e) => e.message), text).toEqual([]);
  expect(parsed.value, JSON.stringify(text)).toStrictEqual(doc.toJS({ maxAliasCount: 100 }));
  return 'js-yaml';
}

function yamlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return yamlFiles(path);
    return name.endsWith('.yaml') ? [path] : [];
  });
}

const EXAMPLE = yamlFiles('examples/solnyshko').map((file) => readFileSync(file, 'utf8'));

describe('parseRecord against yaml', () => {
  it('reads every file of the example workspace with js-yaml, exactly as yaml does', () => {
    for (const text of EXAMPLE) expect(expectSameAsYaml(text), text.slice(0, 80)).toBe('js-yaml');
  });

  it('agrees with yaml on every test fixture file, or hands it over', () => {
    const files = yamlFiles('tests/fixtures');
    expect(files.length).toBeGreaterThan(50);
    for (const file of files) expectSameAsYaml(readFileSync(file, 'utf8'));
  });

  it('agrees with yaml on thousands of mutated record texts, or hands them over', () => {
    const pieces = [
      ':', ': ', ' #', '#', '-', '- ', '-\t', '"', "'", '{', '}', '[', ']', ',', '\n', '\n  ', '  ', '\t', '&a ', '*a', '|', '>', '|-\n  ',
      '!', '!!str ', '!!int ', '? ', '~', 'null', 'Null', 'TRUE', 'yes', '0x1F', '0o17', '0b11', '017', '+12', '-0', '1_000', '1e3', '.5',
      '-.inf', '.NaN', '---', '...', '\n]', '\n}', ',\n]', '[\n', '{\n', '%YAML 1.1\n', '\r', '\r\n', '\\', '\\n', '\u00a0', '\u3000', '\u2028', '\ufeff', 'é', '«', '<<: ',
      'a: b: c', '[a]: ', '{}', '[]', '__proto__: ', ' : ', 'x'.repeat(1030),
    ];
    let seed = 12345;
    const random = (n: number): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    const counts: Record<Outcome, number> = { 'js-yaml': 0, 'handed over': 0, refused: 0 };
    for (let round = 0; round < 4000; round++) {
      let text = EXAMPLE[random(EXAMPLE.length)]!;
      for (let edits = 1 + random(3); edits > 0; edits--) {
        const at = random(text.length);
        const cut = random(3) === 0 ? random(4) : 0;
        text = text.slice(0, at) + pieces[random(pieces.length)]! + text.slice(at + cut);
      }
      counts[expectSameAsYaml(text)]++;
    }
    // Most edits leave a record readable: js-yaml must still read most of them.
    expect(counts['js-yaml']).toBeGreaterThan(1500);
  });
});

describe('parseRecord on look-alike spaces and tabs', () => {
  const refused = (text: string): [string, number | undefined, number | undefined][] => {
    const parsed = parseRecord(text, 'x.yaml');
    if (parsed === undefined || !('problems' in parsed)) throw new Error(`expected problems for ${JSON.stringify(text)}`);
    return parsed.problems.map((p) => [p.rule, p.line, p.column]);
  };

  it('reports a non-breaking space in the indentation at its line and column', () => {
    expect(refused('experience:\n  years: 15\n\u00a0 as_of: 2025-09-01\n')).toEqual([['yaml-odd-space', 3, 1]]);
    expect(refused('experience:\n  years: 15\n  \u00a0as_of: 2025-09-01\n')).toEqual([['yaml-odd-space', 3, 3]]);
  });

  it('reports an ideographic space (U+3000) the same way, with its code', () => {
    const parsed = parseRecord('tasks:\n  - a\n\u3000- b\n', 'x.yaml');
    expect(parsed).toMatchObject({ problems: [{ rule: 'yaml-odd-space', line: 3, column: 1, params: { code: 'U+3000' } }] });
  });

  it('reports one after a list dash, and every such line', () => {
    expect(refused('tasks:\n  - \u00a0title: a\n  -\u00a0title: b\n')).toEqual([
      ['yaml-odd-space', 2, 5],
      ['yaml-odd-space', 3, 4],
    ]);
  });

  it('leaves non-breaking spaces inside values and block text alone', () => {
    expect(expectSameAsYaml('name: Петрова\u00a0О.\u00a0В.\nnotes: |\n  \u00a0отступ в тексте\n  ещё\nnext: x\n')).toBe('js-yaml');
    expect(expectSameAsYaml('a:\n  - notes: >-\n      \u00a0текст\n    b: 1\n')).toBe('js-yaml');
  });

  it('reads a tab after a list dash as yaml does', () => {
    expect(expectSameAsYaml('tasks:\n  -\ttitle: a\n    done: true\n')).not.toBe('refused');
    expect(expectSameAsYaml('tasks:\n  - \ttitle: a\n')).not.toBe('refused');
  });
});

describe('parseRecord, case by case', () => {
  const readByJsYaml: Record<string, string> = {
    'nested maps and sequences': 'a:\n  b: 1\n  c:\n    - x\n    - y: 2\n      z: [1, 2]\nd: text with spaces # comment\n',
    'scalars of the core schema': 'a: ~\nb: null\nc: true\nd: False\ne: 12\nf: -0.5\ng: .5\nh: 007\ni: 2025-09-01\nj: "12"\nk: \'it\'\'s\'\nl:\nm: 0o17\nn: 0x1F\no: 1e3\np: -.inf\n',
    'numbers that yaml reads as text': 'a: 0b101\nb: 1_000\nc: +0x1F\nd: 0o8\ne: .Inf\n',
    'block scalars': 'a: |\n  line one\n  line two\nb: >-\n  folded\n  text\n',
    'multi-line plain and quoted scalars': 'a: first\n  second\nb: "x\n  y"\n',
    'escapes in double quotes': 'a: "x\\ny\\t\\u00e9\\x41"\n',
    'windows line ends': 'a: 1\r\nb:\r\n  - c\r\n',
    'a byte order mark': '\ufeffid: a\n',
    'a merge-looking key': '<<: x\n',
    'a flow list closed at the start of a line': 'expertise: [\n  family,\n  courses,\n]\nnext: { a: 1,\n}\n',
  };
  for (const [name, text] of Object.entries(readByJsYaml)) {
    it(`reads ${name} with js-yaml, as yaml does`, () => {
      expect(expectSameAsYaml(text)).toBe('js-yaml');
    });
  }

  const handedOver: Record<string, string> = {
    'anchors and aliases': 'a: &x 1\nb: *x\n',
    'duplicate keys': 'a: 1\na: 2\n',
    'explicit tags': 'a: !!str 1\n',
    'a directive': '%YAML 1.1\n---\na: yes\n',
    'a null key': '~: a\nb: 1\n',
    'a list as a key': '[a]: 1\n',
    'an explicit key': '? a\n: 1\n',
    'a key past 1024 characters': `${'k'.repeat(1030)}: 1\n`,
    'a lone carriage return': 'a: 1\rb: 2\n',
    'a proto key': '__proto__: 1\n',
    'a list at the top': '- a\n- b\n',
    'a scalar at the top': 'text\n',
    'an empty text': '',
    'two documents': 'a: 1\n---\nb: 2\n',
    'a syntax error': 'a: { b: 1\n',
    'a quoted text continued at the start of a line': 'a: "x\n]y"\n',
  };
  for (const [name, text] of Object.entries(handedOver)) {
    it(`hands ${name} to yaml`, () => {
      expect(parseRecord(text, 'x.yaml')).toBeUndefined();
    });
  }
});
