// CLI tests: `mentor plan --suggest-mentors` and `--assign` on a copy of the example.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runInProcess, tempWorkspace } from './helpers.js';

const TODAY = ['--today', '2026-03-20'];

describe('mentor plan --suggest-mentors', () => {
  it('lists the young specialist without a mentor, with ranked candidates and their reasons', async () => {
    const dir = tempWorkspace();
    const result = await runInProcess(['plan', '--suggest-mentors', ...TODAY], { cwd: dir });
    expect(result.exitCode).toBe(0);
    const lines = result.stdout.split('\n');
    expect(lines[0]).toBe('lebedev-ai — Лебедев Артём Игоревич, инструктор по физической культуре');
    const candidates = lines.filter((l) => /^ {2}\d\. /.test(l));
    expect(candidates.length).toBeGreaterThan(0);
    expect(candidates.length).toBeLessThanOrEqual(5);
    // Never the junior educator, never himself, never someone who left.
    expect(result.stdout).not.toMatch(/\d\. (tikhonova-gp|lebedev-ai|orlova-dv) /);
    const points = candidates.map((l) => Number(/\((\d+) points?\)/.exec(l)?.[1]));
    expect([...points].sort((a, b) => b - a)).toEqual(points);
    expect(result.stdout).toContain('mentor plan --assign lebedev-ai=');
  });
});

describe('mentor plan --assign', () => {
  it('appends the pair to an existing mentor file, keeping every byte before it', async () => {
    const dir = tempWorkspace();
    const file = join(dir, 'mentors', 'petrova-ov.yaml');
    const before = readFileSync(file, 'utf8');
    const result = await runInProcess(['plan', '--assign', 'lebedev-ai=petrova-ov', ...TODAY], { cwd: dir });
    expect(result.exitCode).toBe(0);
    const after = readFileSync(file, 'utf8');
    expect(after.startsWith(before.trimEnd())).toBe(true);
    expect(after.slice(before.trimEnd().length)).toMatch(/- mentee: lebedev-ai\n\s+kind: traditional\n\s+role: experienced_young\n\s+start: 2026-03-20\n\s+end: 2026-05-31\n/);
    // The only new problem is the missing contract addendum the message asked to add.
    const check = await runInProcess(['validate', '--format', 'json', ...TODAY], { cwd: dir });
    const rules = (JSON.parse(check.stdout) as { problems: { rule: string }[] }).problems.map((p) => p.rule);
    expect(rules).toEqual(['agreement-missing']);
  });

  it('--dry-run shows the change and writes nothing', async () => {
    const dir = tempWorkspace();
    const file = join(dir, 'mentors', 'petrova-ov.yaml');
    const before = readFileSync(file, 'utf8');
    const result = await runInProcess(['plan', '--assign', 'lebedev-ai=petrova-ov', '--dry-run', ...TODAY], { cwd: dir });
    expect(result.stdout).toContain('+  - mentee: lebedev-ai');
    expect(readFileSync(file, 'utf8')).toBe(before);
  });

  it('refuses a junior educator as mentor, and a malformed argument', async () => {
    const dir = tempWorkspace();
    const refused = await runInProcess(['plan', '--assign', 'lebedev-ai=tikhonova-gp', ...TODAY], { cwd: dir });
    expect(refused.exitCode).toBe(1);
    expect(refused.stderr).toContain('lebedev-ai=tikhonova-gp');
    const malformed = await runInProcess(['plan', '--assign', 'lebedev-ai', ...TODAY], { cwd: dir });
    expect(malformed.exitCode).toBe(2);
  });
});
