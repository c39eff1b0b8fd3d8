// CLI tests: two runs that change the same file at once never lose a change — the one that
// would overwrite the other's write refuses instead ("changed since it was read; run again").

import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { BIN, tempWorkspace, type RunResult } from './helpers.js';

const TODAY = ['--today', '2026-03-20'];

/** Runs the built binary without waiting for it, so that two can run at the same time. */
function start(args: string[], cwd: string): Promise<RunResult> {
  return new Promise((done) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd, env: { PATH: process.env['PATH'] ?? '', HOME: process.env['HOME'] ?? '/tmp', LANG: 'en_US.UTF-8' } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    child.on('close', (code) => done({ exitCode: code ?? -1, stdout, stderr }));
  });
}

function menteesOf(file: string): string[] {
  return (parse(readFileSync(file, 'utf8')) as { pairs: { mentee: string }[] }).pairs.map((p) => p.mentee);
}

describe('two `plan --assign` to the same mentor at once', () => {
  it('never both print "Added" while one pair is lost', { timeout: 60_000 }, async () => {
    for (let round = 0; round < 4; round++) {
      const dir = tempWorkspace();
      const file = join(dir, 'mentors', 'fedorova-ls.yaml');
      const runs = await Promise.all(
        ['lebedev-ai', 'pavlova-yu'].map((mentee) => start(['plan', '--assign', `${mentee}=fedorova-ls`, ...TODAY], dir)),
      );
      const mentees = menteesOf(file);
      const added = ['lebedev-ai', 'pavlova-yu'].filter((_, i) => runs[i]!.stdout.includes('Added the pair'));
      expect(added.length).toBeGreaterThan(0);
      for (const mentee of added) expect(mentees).toContain(mentee);
      runs.forEach((run, i) => {
        if (run.stdout.includes('Added the pair')) expect(run.exitCode).toBe(0);
        else {
          // Refused at the write, or — started after the other's write — stopped by the pair it
          // added, which still lacks its agreement (an error of the workspace).
          if (run.exitCode === 2) expect(run.stderr).toMatch(/changed since mentor read it|being changed by another mentor run/);
          else expect(run).toMatchObject({ exitCode: 1, stderr: expect.stringContaining('The workspace has 1 error') as string });
          expect(mentees).not.toContain(['lebedev-ai', 'pavlova-yu'][i]);
        }
      });
      expect(readFileSync(file, 'utf8')).not.toContain('mentor-lock');
    }
  });
});

describe('two `plan --update` at once', () => {
  it('leave the route re-planned once, whole, and no lock or temporary file behind', { timeout: 60_000 }, async () => {
    const dir = tempWorkspace();
    const runs = await Promise.all([0, 1].map(() => start(['plan', '--update', '--teacher', 'belova-as', ...TODAY], dir)));
    for (const run of runs) expect([0, 2]).toContain(run.exitCode);
    expect(runs.some((run) => run.stdout.includes('Updated routes/2025-2026/belova-as.yaml'))).toBe(true);
    const route = readFileSync(join(dir, 'routes', '2025-2026', 'belova-as.yaml'), 'utf8');
    expect(() => parse(route) as unknown).not.toThrow();
    const { readdirSync } = await import('node:fs');
    expect(readdirSync(join(dir, 'routes', '2025-2026')).filter((f) => f.startsWith('.') || f.endsWith('-lock'))).toEqual([]);
  });
});
