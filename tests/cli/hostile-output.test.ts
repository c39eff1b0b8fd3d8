// CLI tests: records built to flood or garble the output — huge lines, thousands of problems,
// terminal escapes — and command-line values at the edge of the calendar. In-process, but for the
// floods (a deadline and a bounded heap) and /dev/full (a real stdout), which need a process.

import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, openSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, runInProcess, tempWorkspace, type RunResult } from './helpers.js';

const TODAY = ['--today', '2026-03-20'];

/** runMentor with a deadline and a bounded heap: a run that hangs or balloons fails the test. */
function runBounded(args: string[], cwd: string, env: Record<string, string> = {}): RunResult & { ms: number; signal: string | null } {
  const started = Date.now();
  const result = spawnSync(process.execPath, ['--max-old-space-size=256', BIN, ...args], {
    cwd,
    env: { PATH: process.env['PATH'] ?? '', LANG: 'en_US.UTF-8', ...env },
    encoding: 'utf8',
    timeout: 30_000,
    maxBuffer: 64 * 1024 * 1024,
  });
  return { exitCode: result.status ?? -1, stdout: result.stdout, stderr: result.stderr, ms: Date.now() - started, signal: result.signal };
}

/** The example with one mentor's expertise replaced by `count` unknown direction codes on one line. */
function floodedWorkspace(count: number): string {
  const dir = tempWorkspace();
  const path = join(dir, 'mentors', 'smirnova-tn.yaml');
  const codes = Array.from({ length: count }, (_, i) => `x${i}`).join(', ');
  writeFileSync(path, readFileSync(path, 'utf8').replace(/^expertise: \[.*\]$/m, `expertise: [${codes}]`));
  return dir;
}

describe('a flood of problems on one huge line', () => {
  for (const count of [20_000, 50_000]) {
    it(`${count} unknown codes on one line: at most 20 shown, the rest counted, lines of bounded width`, () => {
      const dir = floodedWorkspace(count);
      const result = runBounded(['validate', ...TODAY], dir);
      expect(result.signal).toBeNull();
      expect(result.stderr).toBe('');
      expect(result.exitCode).toBe(1);
      const lines = result.stdout.split('\n');
      expect(lines.filter((l) => /^mentors\/smirnova-tn\.yaml:\d+:\d+: error \[unknown-direction\]/.test(l))).toHaveLength(20);
      expect(result.stdout).toMatch(new RegExp(`^mentors/smirnova-tn\\.yaml:4:\\d+: error \\[problems-truncated\\] …and ${count - 20} more problems of this kind \\(unknown-direction\\)`, 'm'));
      for (const line of lines) expect(line.length).toBeLessThanOrEqual(300);
      // The marker still points at the spot, within the clipped line.
      const at = lines.findIndex((l) => l.startsWith('mentors/smirnova-tn.yaml:4:') && l.includes('"x19"'));
      expect(lines[at + 3]).toMatch(/^4 \| …/);
      expect(lines[at + 4]!.indexOf('^') - 4).toBe(lines[at + 3]!.slice(4).indexOf('x19'));
    }, 60_000);
  }

  it('the same counts in Russian, and in every machine format', async () => {
    const dir = floodedWorkspace(20_000);
    const ru = await runInProcess(['--lang', 'ru', 'validate', ...TODAY], { cwd: dir });
    expect(ru.stdout).toMatch(/\[problems-truncated\] …и ещё 19980 проблем такого же вида \(unknown-direction\)/);
    const json = JSON.parse((await runInProcess(['validate', ...TODAY, '--format', 'json'], { cwd: dir })).stdout) as {
      problems: { rule: string; params: Record<string, unknown> }[];
    };
    expect(json.problems.filter((p) => p.rule === 'unknown-direction')).toHaveLength(20);
    expect(json.problems.find((p) => p.rule === 'problems-truncated')?.params).toEqual({ rule: 'unknown-direction', count: 19_980 });
    const shown: Record<string, [RegExp, RegExp]> = {
      github: [/title=unknown-direction::/g, /title=problems-truncated::.*19980 more/g],
      junit: [/type="unknown-direction"/g, /type="problems-truncated"/g],
      sarif: [/"ruleId": "unknown-direction"/g, /"ruleId": "problems-truncated"/g],
    };
    for (const [format, [each, summary]] of Object.entries(shown)) {
      const out = (await runInProcess(['validate', ...TODAY, '--format', format], { cwd: dir })).stdout;
      expect(out.match(each)?.length, format).toBe(20);
      expect(out.match(summary)?.length, format).toBe(1);
    }
  }, 60_000);
});

describe('terminal escapes in records are shown escaped, never sent raw', () => {
  /** ESC (raw and as a YAML escape), BEL, a C1 CSI and a right-to-left override. */
  function escapingWorkspace(): string {
    const dir = tempWorkspace();
    const path = join(dir, 'teachers', 'belova-as.yaml');
    const text = readFileSync(path, 'utf8')
      .replace(/^full_name: (.*)$/m, 'full_name: $1\x1b[2J\u202e')
      .replace(/^position: educator$/m, 'position: "edu\\x9bcator"\n"bad\\e]0;pwned\\akey": 1');
    writeFileSync(path, text);
    return dir;
  }
  // eslint-disable-next-line no-control-regex -- finding control characters is the point
  const RAW = /[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]/;

  for (const format of ['text', 'github']) {
    it(`${format}: messages, pointers and excerpts`, async () => {
      const result = await runInProcess(['validate', ...TODAY, '--format', format], { cwd: escapingWorkspace(), env: { FORCE_COLOR: '0' } });
      expect(result.exitCode).toBe(1);
      expect(result.stdout).not.toMatch(RAW);
      expect(result.stdout).toContain('bad\\x1b]0;pwned\\x07key');
      expect(result.stdout).toContain('edu\\x9bcator');
    });
  }

  it('text: the marker stays under the spot after escaping', async () => {
    const lines = (await runInProcess(['validate', ...TODAY], { cwd: escapingWorkspace() })).stdout.split('\n');
    const at = lines.findIndex((l) => l.includes('[schema-enum]'));
    expect(lines[at + 2]).toMatch(/\| full_name: .*\\x1b\[2J\\u202e$/);
    expect(lines[at + 3]).toBe('4 | position: "edu\\x9bcator"');
    expect(lines[at + 4]).toBe('  |           ^^^^^^^^^^^^^^');
  });
});

// The values at the edge of the calendar are scenarios (scenarios.test.ts).
describe('a full disk: one line, exit 2', () => {
  it.runIf(existsSync('/dev/full'))('validate > /dev/full: a one-line I/O error', () => {
    const full = openSync('/dev/full', 'w');
    try {
      const result = spawnSync(process.execPath, [BIN, 'validate', ...TODAY], {
        cwd: tempWorkspace(),
        env: { PATH: process.env['PATH'] ?? '', LANG: 'en_US.UTF-8' },
        stdio: ['ignore', full, 'pipe'],
        encoding: 'utf8',
        timeout: 30_000,
      });
      expect(result.status).toBe(2);
      expect(result.stderr.trimEnd().split('\n')).toEqual([expect.stringMatching(/ENOSPC/)]);
    } finally {
      closeSync(full);
    }
  });
});

describe('dates and numbers in records have sensible ranges', () => {
  function edited(file: string, from: RegExp, to: string): string {
    const dir = tempWorkspace();
    const path = join(dir, file);
    const text = readFileSync(path, 'utf8');
    expect(from.test(text), `${file} has ${from}`).toBe(true);
    writeFileSync(path, text.replace(from, to));
    return dir;
  }

  it('a date before 1900 or after 2100 is a schema error in plain words', async () => {
    const dir = edited('teachers/belova-as.yaml', /^hired: .*$/m, 'hired: 1800-08-25');
    const en = (await runInProcess(['validate', ...TODAY], { cwd: dir })).stdout;
    expect(en).toMatch(/^teachers\/belova-as\.yaml:\d+:\d+: error \[schema-date-range\] "1800-08-25" in "hired" is out of range: the year must be from 1900 to 2100/m);
    const ru = (await runInProcess(['--lang', 'ru', 'validate', ...TODAY], { cwd: dir })).stdout;
    expect(ru).toMatch(/\[schema-date-range\] «1800-08-25» в поле «hired» — год вне допустимых пределов: он должен быть от 1900 до 2100/);
  });

  it('experience over 70 years, in plain words', async () => {
    const dir = edited('teachers/belova-as.yaml', /years: 0,/, 'years: 120,');
    expect((await runInProcess(['validate', ...TODAY], { cwd: dir })).stdout).toMatch(/\[schema-range\] 120 in "years" is out of range: it must be at most 70/);
    expect((await runInProcess(['--lang', 'ru', 'validate', ...TODAY], { cwd: dir })).stdout).toMatch(/\[schema-range\] Значение 120 в поле «years» вне допустимых пределов: должно быть не больше 70/);
  });

  it('a meeting of a million minutes', async () => {
    const dir = edited('routes/2025-2026/belova-as.yaml', /minutes: \d+/, 'minutes: 1000000');
    expect((await runInProcess(['validate', ...TODAY], { cwd: dir })).stdout).toMatch(/\[schema-range\] 1000000 in "minutes" is out of range: it must be at most 1440/);
  });
});
