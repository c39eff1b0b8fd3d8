// Problems rewritten by their text once located (src/validate/refine-problems.ts): a decimal
// comma in a flow mapping, a colon glued to its value, an empty mapping with a sample to copy.

import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parseWithYaml } from '../../src/load/parse-record-yaml.js';
import { validateWorkspace } from '../../src/validate/validate-workspace.js';

const FIXTURE = 'tests/fixtures/files/schema-empty-mapping';
const made: string[] = [];

afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** The fixture's workspace (mentor.yaml, two teachers, one mentor) with `file` replaced. */
async function problemsWith(file: string, change: (text: string) => string): Promise<{ rule: string; at: string; params: Record<string, string | number> }[]> {
  const dir = mkdtempSync(join(tmpdir(), 'mentor-refine-'));
  made.push(dir);
  cpSync(FIXTURE, dir, { recursive: true });
  writeFileSync(join(dir, 'mentors/petrova-ov.yaml'), readFileSync(join(dir, 'mentors/petrova-ov.yaml'), 'utf8').replace('consent:', 'consent: { date: 2025-08-28 }'));
  const path = join(dir, file);
  writeFileSync(path, change(readFileSync(path, 'utf8')));
  const { problems } = await validateWorkspace(dir, { today: '2026-03-20' });
  return problems.map((p) => ({ rule: p.rule, at: `${p.file}:${p.line}:${p.column}`, params: p.params }));
}

describe('refined problems', () => {
  it('the fixture is clean once its mapping is filled', async () => {
    expect(await problemsWith('teachers/ivanova-ma.yaml', (t) => t)).toEqual([]);
  });

  it('a decimal comma in a flow mapping of a teacher: one problem at the number, the cut-off 0 not kept', async () => {
    expect(await problemsWith('teachers/ivanova-ma.yaml', (t) => t.replace('years: 0,', 'years: 2,5,'))).toEqual([
      { rule: 'schema-decimal-comma', at: 'teachers/ivanova-ma.yaml:5:22', params: { field: 'years', value: '2,5', fixed: '2.5' } },
    ]);
  });

  it('a decimal comma followed by a space', async () => {
    expect(await problemsWith('teachers/ivanova-ma.yaml', (t) => t.replace('years: 0,', 'years: 2, 5,'))).toEqual([
      { rule: 'schema-decimal-comma', at: 'teachers/ivanova-ma.yaml:5:22', params: { field: 'years', value: '2, 5', fixed: '2.5' } },
    ]);
  });

  it('a decimal comma as the last value of a flow mapping', async () => {
    const found = await problemsWith('teachers/ivanova-ma.yaml', (t) => t.replace('experience: { years: 0, as_of: 2025-08-25 }', 'experience: { as_of: 2025-08-25, years: 0,5 }'));
    expect(found.map((p) => [p.rule, p.at])).toEqual([['schema-decimal-comma', 'teachers/ivanova-ma.yaml:5:41']]);
  });

  it('two decimal commas with the same fraction in one mapping: each at its number, not a repeated key', () => {
    const parsed = parseWithYaml('teacher: x\nassessments:\n  - scores: { normative: 0,5, family: 1,5 }\n', 'diagnostics/2025-2026/x.yaml');
    expect('problems' in parsed ? parsed.problems.map((p) => [p.rule, p.line, p.column, p.params['fixed']]) : parsed).toEqual([
      ['schema-decimal-comma', 3, 26, '0.5'],
      ['schema-decimal-comma', 3, 39, '1.5'],
    ]);
  });

  it('a key glued to its value in a flow mapping: one problem at the colon, the "missing" field not reported', async () => {
    expect(await problemsWith('teachers/ivanova-ma.yaml', (t) => t.replace('years: 0,', 'years:0,'))).toEqual([
      { rule: 'yaml-colon-space', at: 'teachers/ivanova-ma.yaml:5:20', params: { key: 'years' } },
    ]);
  });

  it('an empty mapping names its fields and a sample to copy', async () => {
    const found = await problemsWith('teachers/ivanova-ma.yaml', (t) => t.replace('experience: { years: 0, as_of: 2025-08-25 }', 'experience:'));
    expect(found).toEqual([
      {
        rule: 'schema-empty-mapping',
        at: 'teachers/ivanova-ma.yaml:5:12',
        params: { field: 'experience', fields: 'years, as_of', template: 'experience: { years: 0, as_of: 2025-09-01 }' },
      },
    ]);
    const agreement = await problemsWith('mentors/petrova-ov.yaml', (t) => t.replace('agreement: { number: "12", date: 2025-09-01 }', 'agreement:'));
    expect(agreement.map((p) => p.params['template'])).toEqual(['agreement: { number: "12", date: 2025-09-01 }']);
  });
});
