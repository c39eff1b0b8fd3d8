// CLI tests: records built to flood or garble the output — huge lines, thousands of problems,
// terminal escapes — and command-line values at the edge of the calendar.

import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, tempWorkspace, type RunResult } from './helpers.js';

const TODAY = ['--today', '2026-03-20'];

/** runMentor with a deadline and a bounded heap: a run that hangs or balloons fails the test. */
function runBounded(args: string[], cwd: string, env: Record<string, string> = {}): RunResult & { ms: number; signal: string | null } {
  const started = Date.now();
  const result = spawnSync(process.execPath, ['--max-old-space-size=256', BIN, ...args], {
    cwd,
    env: { PATH: process.env['PATH'] ?? '', LANG: 'C', ...env },
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

  it('the same counts in Russian, and in every machine format', () => {
    const dir = floodedWorkspace(20_000);
    const ru = runBounded(['--lang', 'ru', 'validate', ...TODAY], dir);
    expect(ru.stdout).toMatch(/\[problems-truncated\] …и ещё 19980 проблем такого же вида \(unknown-direction\)/);
    const json = JSON.parse(runBounded(['validate', ...TODAY, '--format', 'json'], dir).stdout) as {
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
      const out = runBounded(['validate', ...TODAY, '--format', format], dir).stdout;
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
    it(`${format}: messages, pointers and excerpts`, () => {
      const result = runBounded(['validate', ...TODAY, '--format', format], escapingWorkspace(), { FORCE_COLOR: '0' });
      expect(result.exitCode).toBe(1);
      expect(result.stdout).not.toMatch(RAW);
      expect(result.stdout).toContain('bad\\x1b]0;pwned\\x07key');
      expect(result.stdout).toContain('edu\\x9bcator');
    });
  }

  it('text: the marker stays under the spot after escaping', () => {
    const lines = runBounded(['validate', ...TODAY], escapingWorkspace()).stdout.split('\n');
    const at = lines.findIndex((l) => l.includes('[schema-enum]'));
    expect(lines[at + 2]).toMatch(/\| full_name: .*\\x1b\[2J\\u202e$/);
    expect(lines[at + 3]).toBe('4 | position: "edu\\x9bcator"');
    expect(lines[at + 4]).toBe('  |           ^^^^^^^^^^^^^^');
  });
});
