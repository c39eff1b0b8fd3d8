// The SARIF 2.1.0 format of `mentor validate`: structure, levels, rules, paths; and the CLI.

import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULE_SUMMARIES } from '../../src/cli/format/rule-summaries.js';
import { formatSarif } from '../../src/cli/format/sarif.js';
import { VERSION } from '../../src/cli/version.js';
import { CATALOGUES } from '../../src/messages/index.js';
import { RULES, SCHEMA_RULE_IDS } from '../../src/validate/rules/index.js';
import { found, makeReport } from './format-fixture.js';
import { EXAMPLE, runInProcess, tempWorkspace } from './helpers.js';

interface Sarif {
  $schema: string;
  version: string;
  runs: {
    tool: { driver: { name: string; version: string; rules: { id: string; name: string; shortDescription: { text: string }; help: { text: string }; defaultConfiguration: { level: string } }[] } };
    columnKind: string;
    results: {
      ruleId: string;
      ruleIndex: number;
      level: string;
      message: { text: string };
      locations: { physicalLocation: { artifactLocation: { uri: string; uriBaseId: string }; region: { startLine: number; startColumn: number } } }[];
    }[];
  }[];
}

/** The properties the SARIF 2.1.0 schema allows on each object this format writes (all of them closed). */
const ALLOWED: Record<string, readonly string[]> = {
  log: ['$schema', 'version', 'runs', 'inlineExternalProperties', 'properties'],
  run: ['tool', 'invocations', 'originalUriBaseIds', 'columnKind', 'results', 'artifacts', 'automationDetails', 'properties'],
  tool: ['driver', 'extensions', 'properties'],
  driver: ['name', 'version', 'semanticVersion', 'informationUri', 'rules', 'properties'],
  rule: ['id', 'name', 'shortDescription', 'fullDescription', 'help', 'helpUri', 'defaultConfiguration', 'properties'],
  result: ['ruleId', 'ruleIndex', 'level', 'message', 'locations', 'partialFingerprints', 'properties'],
  physicalLocation: ['artifactLocation', 'region', 'contextRegion', 'properties'],
  artifactLocation: ['uri', 'uriBaseId', 'index', 'properties'],
  region: ['startLine', 'startColumn', 'endLine', 'endColumn', 'properties'],
};

function keysWithin(object: object, kind: string): void {
  for (const key of Object.keys(object)) expect(ALLOWED[kind], `${kind}.${key}`).toContain(key);
}

function parse(text: string): Sarif {
  const log = JSON.parse(text) as Sarif;
  keysWithin(log, 'log');
  expect(log.$schema).toBe('https://json.schemastore.org/sarif-2.1.0.json');
  expect(log.version).toBe('2.1.0');
  expect(log.runs).toHaveLength(1);
  const run = log.runs[0]!;
  keysWithin(run, 'run');
  keysWithin(run.tool, 'tool');
  keysWithin(run.tool.driver, 'driver');
  for (const rule of run.tool.driver.rules) keysWithin(rule, 'rule');
  for (const result of run.results) {
    keysWithin(result, 'result');
    expect(result.locations).toHaveLength(1);
    const at = result.locations[0]!.physicalLocation;
    keysWithin(at, 'physicalLocation');
    keysWithin(at.artifactLocation, 'artifactLocation');
    keysWithin(at.region, 'region');
    expect(['error', 'warning']).toContain(result.level);
    expect(run.tool.driver.rules[result.ruleIndex]!.id).toBe(result.ruleId);
  }
  return log;
}

describe('formatSarif', () => {
  it('is an empty run of mentor when there are no problems', () => {
    const log = parse(formatSarif(makeReport([], { files: ['mentor.yaml'] })));
    expect(log.runs[0]).toEqual({
      tool: { driver: { name: 'mentor', version: VERSION, rules: [] } },
      columnKind: 'utf16CodeUnits',
      results: [],
    });
  });

  it('writes a result per problem with its level, message and advice, and place', () => {
    const problems = [
      found('unknown-reference', 'mentors/b.yaml', 6, 13, { field: 'mentee', id: 'ivanova-mx', suggestion: 'ivanova-ma' }),
      found('meeting-in-future', 'routes/2025-2026/a.yaml', 30, 9, { date: '2026-04-01', today: '2026-03-20' }, 'warning'),
    ];
    const log = parse(formatSarif(makeReport(problems)));
    const [first, second] = log.runs[0]!.results;
    expect(first).toEqual({
      ruleId: 'unknown-reference',
      ruleIndex: 1,
      level: 'error',
      message: { text: 'Teacher "ivanova-mx" in field mentee is not in teachers/. Did you mean "ivanova-ma"?' },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: 'mentors/b.yaml', uriBaseId: '%SRCROOT%' },
            region: { startLine: 6, startColumn: 13 },
          },
        },
      ],
    });
    expect(second).toMatchObject({ ruleId: 'meeting-in-future', ruleIndex: 0, level: 'warning' });
    expect(second!.locations[0]!.physicalLocation.region).toEqual({ startLine: 30, startColumn: 9 });
  });

  it('describes each rule found once, sorted by id, with its summary and level', () => {
    const problems = [
      found('yaml-duplicate-key', 'teachers/b.yaml', 3, 1),
      found('unknown-reference', 'mentors/b.yaml', 6, 13, { field: 'mentee', id: 'x', suggestion: 'y' }),
      found('yaml-duplicate-key', 'teachers/a.yaml', 5, 1),
      found('unknown-file', 'teachers/notes.txt', 1, 1, { expected: 'teachers/<id>.yaml' }, 'warning'),
    ];
    const rules = parse(formatSarif(makeReport(problems))).runs[0]!.tool.driver.rules;
    expect(rules.map((r) => [r.id, r.name, r.defaultConfiguration.level])).toEqual([
      ['unknown-file', 'unknown-file', 'warning'],
      ['unknown-reference', 'unknown-reference', 'error'],
      ['yaml-duplicate-key', 'yaml-duplicate-key', 'error'],
    ]);
    for (const rule of rules) expect(rule.shortDescription.text).toBe(RULE_SUMMARIES[rule.id]);
    // Advice that is the same for every problem of a rule helps with the rule; advice that names
    // a problem's values ("did you mean", the folder) stays with its result.
    const help = Object.fromEntries(rules.map((r) => [r.id, r.help.text]));
    expect(help['yaml-duplicate-key']).toBe(`${RULE_SUMMARIES['yaml-duplicate-key']}. Keep one of them: the later one would silently replace the earlier.`);
    expect(help['unknown-reference']).toBe(RULE_SUMMARIES['unknown-reference']);
    expect(help['unknown-file']).toBe(RULE_SUMMARIES['unknown-file']);
  });

  it('has a fixed summary for every rule id, and none for ids that do not exist', () => {
    const ids = new Set([...RULES.map((r) => r.id), ...SCHEMA_RULE_IDS, ...Object.keys(CATALOGUES.en)]);
    for (const id of ids) expect(RULE_SUMMARIES[id], id).toMatch(/^[A-Z].+[^.]$/);
    for (const id of Object.keys(RULE_SUMMARIES)) expect(ids.has(id), id).toBe(true);
  });

  it('writes paths as displayed, as URI references, and is the same every time', () => {
    const problems = [found('file-empty', 'teachers/иванова ма#1.yaml', 1, 1)];
    const report = makeReport(problems, { displayPath: (file) => `../ws/${file}` });
    const text = formatSarif(report);
    expect(formatSarif(report)).toBe(text);
    const uri = parse(text).runs[0]!.results[0]!.locations[0]!.physicalLocation.artifactLocation.uri;
    expect(uri).toBe(`../ws/teachers/${encodeURIComponent('иванова ма#1.yaml')}`);
    expect(decodeURIComponent(uri)).toBe('../ws/teachers/иванова ма#1.yaml');
  });

  it('speaks the language of the run in messages', () => {
    const log = parse(formatSarif(makeReport([found('file-empty', 'teachers/a.yaml', 1, 1)], { lang: 'ru' })));
    expect(log.runs[0]!.results[0]!.message.text).toMatch(/[а-я]/);
  });
});

describe('mentor validate --format sarif', () => {
  const TODAY = ['--today', '2026-03-20'];

  it('on the example: no results, exit 0', async () => {
    const result = await runInProcess(['validate', '--workspace', EXAMPLE, ...TODAY, '--format', 'sarif']);
    expect(result).toMatchObject({ exitCode: 0, stderr: '' });
    expect(parse(result.stdout).runs[0]!.results).toEqual([]);
  });

  it('on a broken copy: the unknown-reference result at its place, exit 1', async () => {
    const dir = tempWorkspace();
    const path = join(dir, 'mentors/petrova-ov.yaml');
    writeFileSync(path, readFileSync(path, 'utf8').replace('mentee: ivanova-ma', 'mentee: ivanova-mx'));
    const json = JSON.parse((await runInProcess(['validate', ...TODAY, '--format', 'json'], { cwd: dir })).stdout) as {
      problems: { rule: string; file: string; line: number; column: number }[];
    };
    const unknown = json.problems.find((p) => p.rule === 'unknown-reference')!;
    const result = await runInProcess(['validate', ...TODAY, '-f', 'sarif'], { cwd: dir });
    expect(result).toMatchObject({ exitCode: 1, stderr: '' });
    const run = parse(result.stdout).runs[0]!;
    expect(run.results).toHaveLength(json.problems.length);
    const hit = run.results.find((r) => r.ruleId === 'unknown-reference')!;
    expect(hit.level).toBe('error');
    expect(hit.message.text).toContain('Did you mean "ivanova-ma"?');
    expect(hit.locations[0]!.physicalLocation).toEqual({
      artifactLocation: { uri: 'mentors/petrova-ov.yaml', uriBaseId: '%SRCROOT%' },
      region: { startLine: unknown.line, startColumn: unknown.column },
    });
    expect(run.tool.driver.rules.map((r) => r.id)).toContain('unknown-reference');
  });
});
