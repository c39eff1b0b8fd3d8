// The errors of the YAML readers as problems: every error code of `yaml` has an id with its own
// Russian and English text, and the usual causes are named at their place.

import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseRecord } from '../../src/load/parse-record.js';
import { parseWithYaml } from '../../src/load/parse-record-yaml.js';
import { YAML_ERROR_RULES } from '../../src/load/yaml-errors.js';
import { CATALOGUES, describeProblem } from '../../src/messages/index.js';
import type { Problem, ProblemId } from '../../src/model/problem.js';

const FILE = 'teachers/petrova-ov.yaml';

/** The error codes `yaml` declares (its ErrorCode type), read from the installed package. */
function yamlErrorCodes(): string[] {
  const require = createRequire(import.meta.url);
  const declarations = readFileSync(join(dirname(require.resolve('yaml')), 'errors.d.ts'), 'utf8');
  const union = /export type ErrorCode = ([^;]+);/.exec(declarations)?.[1] ?? '';
  return [...union.matchAll(/'([A-Z_0-9]+)'/g)].map((m) => m[1]!);
}

function problemsOf(text: string): Problem[] {
  const parsed = parseWithYaml(text, FILE);
  return 'problems' in parsed ? parsed.problems : [];
}

function places(text: string): [string, number | undefined, number | undefined][] {
  return problemsOf(text).map((p) => [p.rule, p.line, p.column]);
}

describe('the error codes of yaml', () => {
  const codes = yamlErrorCodes();

  it('are read from the package', () => {
    expect(codes).toContain('BAD_INDENT');
    expect(codes.length).toBeGreaterThanOrEqual(20);
  });

  it.each(codes)('%s maps to a problem id with a Russian and an English text', (code) => {
    const rule = (YAML_ERROR_RULES as Record<string, ProblemId>)[code];
    expect(rule, `${code} is not mapped in src/load/yaml-errors.ts`).toBeDefined();
    for (const lang of ['ru', 'en'] as const) {
      const entry = CATALOGUES[lang][rule!];
      expect(entry, `${rule} has no ${lang} text`).toBeDefined();
      const text = describeProblem({ rule: rule!, severity: 'error', file: FILE, pointer: '', params: { detail: 'DETAIL', limit: 100 } }, lang);
      // The library's text may follow as a detail; the explanation is never the library's alone.
      expect(text.message.replace('DETAIL', '').trim().length).toBeGreaterThan(15);
      expect(text.advice.length).toBeGreaterThan(10);
    }
  });

  it('maps no code that yaml does not have', () => {
    expect(Object.keys(YAML_ERROR_RULES).sort()).toEqual([...codes].sort());
  });
});

describe('js-yaml errors', () => {
  it('are never shown: a text js-yaml cannot read goes to yaml', () => {
    for (const text of ['id: x\nfull_name:Петрова\nposition: educator\n', 'id: x\n\tposition: educator\n', 'id: x\nfull_name: "Петрова\n', 'a: { b: 1\n', 'a: *nothing\n']) {
      expect(parseRecord(text, FILE)).toBeUndefined();
    }
  });
});

describe('the usual causes, at their place', () => {
  it('a missing space after a colon, at the colon, whatever follows the line', () => {
    expect(places('id: x\nfull_name:Петрова Ольга\nposition: educator\n')).toEqual([['yaml-colon-space', 2, 10]]);
    expect(places('id: x\nposition: educator\nfull_name:Петрова\n')).toEqual([['yaml-colon-space', 3, 10]]);
    expect(places('id: x\nexperience:\n  years:2\n  as_of: 2025-09-01\n')).toEqual([['yaml-colon-space', 3, 8]]);
    expect(problemsOf('id: x\nfull_name:Петрова Ольга\nposition: educator\n')[0]?.params).toEqual({ key: 'full_name' });
  });

  it('a look-alike space after a colon, at that space', () => {
    expect(problemsOf('id: x\nfull_name:\u00a0Петрова\nposition: educator\n').map((p) => [p.rule, p.line, p.column, p.params['code']])).toEqual([
      ['yaml-odd-space-colon', 2, 11, 'U+00A0'],
    ]);
  });

  it('a line without a colon', () => {
    expect(places('id: x\nfull_name Петрова\nposition: educator\n')).toEqual([['yaml-line-without-colon', 2, 1]]);
  });

  it('a tab in the indentation, once for its line', () => {
    expect(places('id: x\ncourses:\n  - { a: 1 }\n\t- { a: 2 }\n')).toEqual([['yaml-tab-indent', 4, 1]]);
    expect(places('id: x\nexperience:\n\tyears: 2\n')).toEqual([['yaml-tab-indent', 3, 1]]);
  });

  it('an unclosed quote at its opening quote, not at the end of the file', () => {
    expect(places('id: x\nfull_name: "Петрова\nposition: educator\n')).toEqual([['yaml-unclosed-quote', 2, 12]]);
    expect(places("id: x\nfull_name: 'Петрова\nposition: educator\n")).toEqual([['yaml-unclosed-quote', 2, 12]]);
    expect(places('id: x\nfull_name: "Петрова\nposition: educator\nagreement: { number: "12" }\n')).toEqual([['yaml-unclosed-quote', 2, 12]]);
    expect(problemsOf("id: x\nfull_name: 'Петрова\n")[0]?.params).toEqual({ quote: "'" });
    // Inside brackets: the quote swallowed the closing bracket; the quote is the cause.
    expect(places('teacher: x\npairs:\n  - mentee: y\n    agreement: { number: "14, date: 2025-08-29 }\n    order: Приказ\n')).toEqual([['yaml-unclosed-quote', 4, 26]]);
  });

  it('an unclosed bracket at the bracket', () => {
    expect(places('id: x\nexperience: { years: 2, as_of: 2025-09-01\nposition: educator\n')).toEqual([['yaml-unclosed-bracket', 2, 13]]);
    expect(places('id: x\nfull_name: [Петрова\n')).toEqual([['yaml-unclosed-bracket', 2, 12]]);
  });

  it('a colon and a space in a value', () => {
    expect(places('id: x\ngroup: Подготовительная группа: «Солнышко»\n')).toEqual([['yaml-colon-in-value', 2, 8]]);
  });

  it('a value that starts with a sign of YAML, an alias without its anchor among them', () => {
    expect(places('id: x\nnote: @home\n')).toEqual([['yaml-special-char', 2, 7]]);
    expect(problemsOf('id: x\nnote: *важно\n').map((p) => p.rule)).toEqual(['yaml-special-char']);
  });
});
