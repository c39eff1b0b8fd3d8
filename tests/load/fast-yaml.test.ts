import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse, parseDocument } from 'yaml';
import { BAIL, fastParseYaml } from '../../src/load/fast-yaml.js';

/** The fast reader must either give up or read exactly what `yaml` reads. */
function expectSameAsYaml(text: string): 'fast' | 'bail' {
  const fast = fastParseYaml(text);
  if (fast === BAIL) return 'bail';
  expect(fast).toStrictEqual(parse(text));
  return 'fast';
}

function yamlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return yamlFiles(path);
    return name.endsWith('.yaml') ? [path] : [];
  });
}

describe('fastParseYaml', () => {
  it('reads every file of the example workspace exactly as yaml does, without giving up', () => {
    for (const file of yamlFiles('examples/solnyshko')) {
      expect(expectSameAsYaml(readFileSync(file, 'utf8')), file).toBe('fast');
    }
  });

  it('agrees with yaml on every fixture file it accepts', () => {
    for (const file of yamlFiles('tests/fixtures')) {
      const text = readFileSync(file, 'utf8');
      let parsesInYaml = true;
      try {
        parse(text);
      } catch {
        parsesInYaml = false;
      }
      if (parsesInYaml) expectSameAsYaml(text);
      else expect(fastParseYaml(text), file).toBe(BAIL);
    }
  });

  it('gives up or agrees with yaml on thousands of mutated record texts', () => {
    const texts = yamlFiles('examples/solnyshko').map((file) => readFileSync(file, 'utf8'));
    const pieces = [':', ': ', ' #', '#', '-', '- ', '"', "'", '{', '}', '[', ']', ',', '\n', '\n  ', '  ', '\t', '&a ', '*a', '|', '>', '!', '?', '~', '0x1', '1e3', '.5', '---', '\r'];
    let seed = 12345;
    const random = (n: number): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    let fast = 0;
    for (let round = 0; round < 3000; round++) {
      let text = texts[random(texts.length)]!;
      for (let edits = 1 + random(3); edits > 0; edits--) {
        const at = random(text.length);
        const cut = random(3) === 0 ? random(4) : 0;
        text = text.slice(0, at) + pieces[random(pieces.length)]! + text.slice(at + cut);
      }
      let expected: unknown;
      try {
        const doc = parseDocument(text, { uniqueKeys: true });
        expected = doc.errors.length > 0 ? BAIL : doc.toJS();
      } catch {
        expected = BAIL;
      }
      const actual = fastParseYaml(text);
      if (actual === BAIL) continue;
      fast++;
      expect(actual, text).toStrictEqual(expected);
    }
    // Most single edits leave a record readable: the fast path must still take most of them.
    expect(fast).toBeGreaterThan(1000);
  });

  const accepted: Record<string, string> = {
    'nested maps and sequences': 'a:\n  b: 1\n  c:\n    - x\n    - y: 2\n      z: [1, 2]\nd: text with spaces # comment\n',
    'sequence at the key indentation': 'items:\n- id: a\n  n: 1\n- id: b\n',
    'scalars of the core schema': 'a: ~\nb: null\nc: true\nd: False\ne: 12\nf: -0.5\ng: .5\nh: 007\ni: 2025-09-01\nj: "12"\nk: \'it\'\'s\'\nl:\n',
    'flow map over two lines': 'scores: { normative: 0.8, documentation: 0.5,\n          family: 1 }\nnext: x\n',
    'flow with quoted and empty values': 'a: { b: "x, y", c: , d: [] }\ne: {}\n',
    'colon inside a word': 'url: http://example.org/a\ntime: 10:30\n',
    'document start marker': '---\na: 1\n',
    'windows line ends': 'a: 1\r\nb:\r\n  - c\r\n',
    'cyrillic and typographic quotes': 'name: МБДОУ «Детский сад № 12 «Солнышко»\ngroup: Средняя группа «Звёздочки» (4–5 лет)\n',
    'key with spaces before the colon': 'a : 1\n',
    'hash inside a word': 'a: C#sharp\n',
  };
  for (const [name, text] of Object.entries(accepted)) {
    it(`reads ${name}`, () => {
      expect(expectSameAsYaml(text)).toBe('fast');
    });
  }

  const leftToYaml: Record<string, string> = {
    'anchors and aliases': 'a: &x 1\nb: *x\n',
    'block scalars': 'a: |\n  text\n',
    'multi-line plain scalars': 'a: first\n  second\n',
    'duplicate keys': 'a: 1\na: 2\n',
    tags: 'a: !!str 1\n',
    'hex and exponents': 'a: 0x1F\nb: 1e3\n',
    'escapes in double quotes': 'a: "x\\ny"\n',
    'tabs in indentation': 'a:\n\tb: 1\n',
    'a list at the top': '- a\n- b\n',
    'a scalar at the top': 'text\n',
    'an empty text': '',
    'bad indentation': 'a: 1\n  b: 2\n',
    'nested compact mapping': 'a: b: c\n',
    'two documents': 'a: 1\n---\nb: 2\n',
    'unclosed flow': 'a: { b: 1\n',
    'integer keys': '1: a\n',
    'proto key': '__proto__: 1\n',
  };
  for (const [name, text] of Object.entries(leftToYaml)) {
    it(`leaves ${name} to yaml`, () => {
      expect(fastParseYaml(text)).toBe(BAIL);
    });
  }
});
