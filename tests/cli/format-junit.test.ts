// The JUnit XML format of `mentor validate`: a test case per file, a failure per error, escaping; and the CLI.

import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatJunit } from '../../src/cli/format/junit.js';
import { xmlAttr, xmlText } from '../../src/cli/format/xml.js';
import { found, makeReport } from './format-fixture.js';
import { EXAMPLE, runInProcess, tempWorkspace } from './helpers.js';
import { findAll, parseXml, type XmlElement } from './xml-lite.js';

const FILES = ['mentor.yaml', 'teachers/a.yaml', 'teachers/b.yaml', 'mentors/b.yaml', 'diagnostics/2025-2026/a.yaml'];

function suiteOf(xml: string): { root: XmlElement; suite: XmlElement; cases: XmlElement[] } {
  const root = parseXml(xml);
  expect(root.name).toBe('testsuites');
  expect(root.children).toHaveLength(1);
  const suite = root.children[0]!;
  expect(suite.name).toBe('testsuite');
  return { root, suite, cases: findAll(suite, 'testcase') };
}

function caseNamed(cases: XmlElement[], name: string): XmlElement {
  const match = cases.find((c) => c.attrs['name'] === name);
  expect(match, `test case ${name}`).toBeDefined();
  return match!;
}

describe('formatJunit', () => {
  it('makes every checked file a passing test case when there are no problems', () => {
    const xml = formatJunit(makeReport([], { files: FILES }));
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n')).toBe(true);
    const { root, suite, cases } = suiteOf(xml);
    for (const node of [root, suite]) {
      expect(node.attrs).toEqual({ name: 'mentor validate', tests: '5', failures: '0', errors: '0', skipped: '0' });
    }
    expect(cases.map((c) => c.attrs['name'])).toEqual(FILES);
    expect(cases.map((c) => c.attrs['classname'])).toEqual(['config', 'teachers', 'teachers', 'mentors', 'diagnostics']);
    for (const c of cases) expect(c.children).toEqual([]);
    expect(xml).toContain('<testcase name="teachers/a.yaml" classname="teachers" file="teachers/a.yaml"/>');
  });

  it('gives a failure per error, with the rule as type and file:line:column and the advice as text', () => {
    const problems = [
      found('unknown-reference', 'mentors/b.yaml', 6, 13, { field: 'mentee', id: 'ivanova-mx', suggestion: 'ivanova-ma' }, 'error', '/pairs/0/mentee'),
      found('yaml-duplicate-key', 'mentors/b.yaml', 9, 3),
      found('file-empty', 'teachers/b.yaml', 1, 1),
    ];
    const { root, suite, cases } = suiteOf(formatJunit(makeReport(problems, { files: FILES })));
    // failures counts failing cases (two files), so tests - failures is the number that passed.
    expect(root.attrs).toMatchObject({ tests: '5', failures: '2', errors: '0', skipped: '0' });
    expect(suite.attrs).toMatchObject({ tests: '5', failures: '2' });
    const mentor = caseNamed(cases, 'mentors/b.yaml');
    const failures = findAll(mentor, 'failure');
    expect(failures).toHaveLength(2);
    expect(failures[0]!.attrs).toEqual({
      message: 'Teacher "ivanova-mx" in field mentee is not in teachers/',
      type: 'unknown-reference',
    });
    expect(failures[0]!.text).toBe(
      'mentors/b.yaml:6:13: Teacher "ivanova-mx" in field mentee is not in teachers/ (/pairs/0/mentee)\nDid you mean "ivanova-ma"?',
    );
    expect(failures[1]!.attrs['type']).toBe('yaml-duplicate-key');
    expect(failures[1]!.text).toMatch(/^mentors\/b\.yaml:9:3: The same key appears twice in one mapping\nKeep one of them/);
    expect(findAll(caseNamed(cases, 'teachers/b.yaml'), 'failure')).toHaveLength(1);
    expect(caseNamed(cases, 'teachers/a.yaml').children).toEqual([]);
  });

  it('puts warnings in system-out of a passing case; under --strict they arrive as errors and fail', () => {
    const warning = found('mentor-experience-low', 'mentors/b.yaml', 4, 5, { mentor: 'b', years: 2, min: 3, start: '2025-09-01' }, 'warning');
    const { root, cases } = suiteOf(formatJunit(makeReport([warning], { files: FILES })));
    expect(root.attrs['failures']).toBe('0');
    const mentor = caseNamed(cases, 'mentors/b.yaml');
    expect(findAll(mentor, 'failure')).toEqual([]);
    const out = findAll(mentor, 'system-out');
    expect(out).toHaveLength(1);
    expect(out[0]!.text).toMatch(/^mentors\/b\.yaml:4:5: warning \[mentor-experience-low\] /);

    const strict = suiteOf(formatJunit(makeReport([{ ...warning, severity: 'error' }], { files: FILES })));
    expect(strict.root.attrs['failures']).toBe('1');
    const failed = caseNamed(strict.cases, 'mentors/b.yaml');
    expect(findAll(failed, 'failure').map((f) => f.attrs['type'])).toEqual(['mentor-experience-low']);
    expect(findAll(failed, 'system-out')).toEqual([]);
  });

  it('adds a case for a file that is not a record (a stray file) and shows paths as displayed', () => {
    const stray = found('unknown-file', 'teachers/notes.txt', 1, 1, { expected: 'teachers/<id>.yaml' }, 'warning');
    const report = makeReport([stray], { files: ['mentor.yaml'], displayPath: (file) => `../ws/${file}` });
    const { root, cases } = suiteOf(formatJunit(report));
    expect(root.attrs['tests']).toBe('2');
    expect(cases.map((c) => [c.attrs['name'], c.attrs['classname'], c.attrs['file']])).toEqual([
      ['../ws/mentor.yaml', 'config', '../ws/mentor.yaml'],
      ['../ws/teachers/notes.txt', 'teachers', '../ws/teachers/notes.txt'],
    ]);
    expect(findAll(cases[1]!, 'system-out')[0]!.text).toContain('Record files live at teachers/<id>.yaml');
  });

  it('without the list of files, lists the files that have problems', () => {
    const { root, cases } = suiteOf(formatJunit(makeReport([found('file-empty', 'teachers/x.yaml', 1, 1)])));
    expect(root.attrs).toMatchObject({ tests: '1', failures: '1' });
    expect(cases.map((c) => c.attrs['name'])).toEqual(['teachers/x.yaml']);
  });

  it('escapes & < > " \' and removes characters XML 1.0 does not allow', () => {
    const detail = `a & b <c> "d" 'e' \u0001\u001b[31mred\u0000 \uD800 tab\there`;
    const problems = [found('yaml-syntax', 'teachers/a&b <c>.yaml', 2, 1, { detail })];
    const xml = formatJunit(makeReport(problems, { files: ['teachers/a&b <c>.yaml'] }));
    expect(xml).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/); // eslint-disable-line no-control-regex
    expect(xml).not.toContain('\uD800');
    expect(xml).toContain('a &amp; b &lt;c&gt; &quot;d&quot; &apos;e&apos; [31mred');
    expect(xml).toContain('name="teachers/a&amp;b &lt;c&gt;.yaml"');
    const { cases } = suiteOf(xml);
    const failure = findAll(cases[0]!, 'failure')[0]!;
    const clean = `a & b <c> "d" 'e' [31mred  tab\there`;
    expect(failure.attrs['message']).toBe(`YAML syntax error: ${clean}`);
    expect(failure.text.split('\n')[0]).toBe(`teachers/a&b <c>.yaml:2:1: YAML syntax error: ${clean}`);
  });

  it('keeps line breaks and tabs of attribute values as character references', () => {
    expect(xmlAttr('a\nb\tc\rd')).toBe('a&#10;b&#9;c&#13;d');
    expect(xmlText('a\nb\tc')).toBe('a\nb\tc');
    expect(xmlText('😀 ok \uDC00')).toBe('😀 ok ');
    expect(xmlText('\uFFFE\uFFFF\u000B\u000C')).toBe('');
  });
});

describe('mentor validate --format junit', () => {
  const TODAY = ['--today', '2026-03-20'];

  it('on the example: every file a passing test case, exit 0', async () => {
    const result = await runInProcess(['validate', '--workspace', EXAMPLE, ...TODAY, '--format', 'junit']);
    expect(result).toMatchObject({ exitCode: 0, stderr: '' });
    const { root, cases } = suiteOf(result.stdout);
    expect(root.attrs).toMatchObject({ tests: '42', failures: '0', errors: '0', skipped: '0' });
    expect(cases).toHaveLength(42);
    expect(cases.every((c) => c.children.length === 0)).toBe(true);
  });

  it('on a broken copy: the failure of unknown-reference in its file, the other files passing; exit 1', async () => {
    const dir = tempWorkspace();
    const path = join(dir, 'mentors/petrova-ov.yaml');
    writeFileSync(path, readFileSync(path, 'utf8').replace('mentee: ivanova-ma', 'mentee: ivanova-mx'));
    const json = JSON.parse((await runInProcess(['validate', ...TODAY, '--format', 'json'], { cwd: dir })).stdout) as {
      problems: { rule: string; file: string; line: number; column: number }[];
    };
    const unknown = json.problems.find((p) => p.rule === 'unknown-reference')!;
    const result = await runInProcess(['validate', ...TODAY, '-f', 'junit'], { cwd: dir });
    expect(result).toMatchObject({ exitCode: 1, stderr: '' });
    const { root, cases } = suiteOf(result.stdout);
    const failing = new Set(json.problems.map((p) => p.file));
    expect(root.attrs).toMatchObject({ tests: '42', failures: String(failing.size) });
    const mentor = caseNamed(cases, 'mentors/petrova-ov.yaml');
    expect(mentor.attrs['classname']).toBe('mentors');
    const failure = findAll(mentor, 'failure').find((f) => f.attrs['type'] === 'unknown-reference')!;
    expect(failure.attrs['message']).toContain('"ivanova-mx"');
    expect(failure.text).toContain(`mentors/petrova-ov.yaml:${unknown.line}:${unknown.column}: `);
    expect(failure.text).toContain('Did you mean "ivanova-ma"?');
    expect(caseNamed(cases, 'teachers/belova-as.yaml').children).toEqual([]);
  });
});
