// CLI tests: `mentor done`, `meeting` and `assess` — the record changes by exactly its lines, an edit
// that would add an error is refused with it, --dry-run shows the diff, ids get a did-you-mean.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runInProcess, snapshot, tempWorkspace } from './helpers.js';

const TODAY = ['--today', '2026-03-20'];
const ROUTE = 'routes/2025-2026/ivanova-ma.yaml';

/** The lines of `after` that are not in `before`, and the other way round (line multisets). */
function lineChanges(before: string, after: string): { removed: string[]; added: string[] } {
  const count = (lines: string[]): Map<string, number> => lines.reduce((m, l) => m.set(l, (m.get(l) ?? 0) + 1), new Map<string, number>());
  const a = count(before.split('\n'));
  const b = count(after.split('\n'));
  const minus = (x: Map<string, number>, y: Map<string, number>): string[] =>
    [...x].flatMap(([line, n]) => Array<string>(Math.max(0, n - (y.get(line) ?? 0))).fill(line));
  return { removed: minus(a, b), added: minus(b, a) };
}

describe('mentor done', () => {
  it('marks the item done in the route file, changing only its lines; the workspace stays clean', async () => {
    const dir = tempWorkspace();
    const before = readFileSync(join(dir, ROUTE), 'utf8');
    const result = await runInProcess(['done', 'ivanova-ma', 'diagnostics-final', '--on', '2026-03-19', '--evidence', 'Аналитическая справка', ...TODAY], { cwd: dir });
    expect(result).toMatchObject({ exitCode: 0, stderr: '' });
    expect(result.stdout).toContain('Marked done on 2026-03-19');
    expect(lineChanges(before, readFileSync(join(dir, ROUTE), 'utf8'))).toEqual({
      removed: ['    status: planned'],
      added: ['    status: done', '    done_on: 2026-03-19', '    evidence: Аналитическая справка'],
    });
    expect((await runInProcess(['validate', ...TODAY], { cwd: dir })).exitCode).toBe(0);
  });

  it('--dry-run prints the diff and writes nothing', async () => {
    const dir = tempWorkspace();
    const files = snapshot(dir);
    const result = await runInProcess(['done', 'ivanova-ma', 'diagnostics-final', '--dry-run', ...TODAY], { cwd: dir });
    expect(result.exitCode).toBe(0);
    expect(result.stdout).toContain(`--- ${ROUTE}\n+++ ${ROUTE}\n`);
    expect(result.stdout).toContain('-    status: planned\n+    status: done\n+    done_on: 2026-03-20\n');
    expect(snapshot(dir)).toEqual(files);
  });

  it('refuses a mark that would add an error (a done date in the future), writing nothing', async () => {
    const dir = tempWorkspace();
    const files = snapshot(dir);
    const result = await runInProcess(['--lang', 'ru', 'done', 'ivanova-ma', 'diagnostics-final', '--on', '2026-04-01', ...TODAY], { cwd: dir });
    expect(result.exitCode).toBe(1);
    expect(result.stdout).toMatch(/^routes\/2025-2026\/ivanova-ma\.yaml:\d+:\d+: ошибка \[done-in-future\]/m);
    expect(result.stderr).toBe('Ничего не записано: правка добавила бы 1 ошибку (они выше).\n');
    expect(snapshot(dir)).toEqual(files);
  });
});

describe('mentor meeting', () => {
  it('adds the meeting to the journal as one line in its style', async () => {
    const dir = tempWorkspace();
    const before = readFileSync(join(dir, ROUTE), 'utf8');
    const result = await runInProcess(['--lang', 'ru', 'meeting', 'ivanova-ma', '--date', '2026-03-19', '--topic', 'Анализ ООД: речевое развитие', '--minutes', '40', ...TODAY], { cwd: dir });
    expect(result).toMatchObject({ exitCode: 0, stdout: `Встреча 19.03.2026 записана в журнал: ${ROUTE}\n` });
    expect(lineChanges(before, readFileSync(join(dir, ROUTE), 'utf8'))).toEqual({
      removed: [],
      added: ['  - { date: 2026-03-19, topic: "Анализ ООД: речевое развитие", minutes: 40 }'],
    });
    expect((await runInProcess(['validate', ...TODAY], { cwd: dir })).exitCode).toBe(0);
  });
});

describe('mentor assess', () => {
  it('starts the diagnostics of a teacher who has none, reading a decimal comma', async () => {
    const dir = tempWorkspace();
    const result = await runInProcess(['assess', 'lebedev-ai', '--kind', 'entry', '--date', '2026-03-10', 'activity=0,5', 'family=1.5', ...TODAY], { cwd: dir });
    expect(result.exitCode, result.stderr).toBe(0);
    expect(readFileSync(join(dir, 'diagnostics', '2025-2026', 'lebedev-ai.yaml'), 'utf8')).toBe(
      '# yaml-language-server: $schema=../../../../schemas/diagnostics.schema.json\nteacher: lebedev-ai\nyear: "2025/2026"\nassessments:\n  - kind: entry\n    date: 2026-03-10\n    scores: { activity: 0.5, family: 1.5 }\n',
    );
    expect((await runInProcess(['validate', ...TODAY], { cwd: dir })).exitCode).toBe(0);
  });

  it('refuses a second entry self-assessment, a score out of range, and a bad pair', async () => {
    const dir = tempWorkspace();
    const again = await runInProcess(['assess', 'ivanova-ma', '--kind', 'entry', '--date', '2026-03-10', 'activity=1', ...TODAY], { cwd: dir });
    expect(again).toMatchObject({ exitCode: 2, stderr: 'diagnostics/2025-2026/ivanova-ma.yaml already holds the entry self-assessment (2025-09-12); change it there if it needs correcting.\n' });
    const range = await runInProcess(['assess', 'ivanova-ma', '--kind', 'final', '--date', '2026-03-10', 'activity=3', ...TODAY], { cwd: dir });
    expect(range.exitCode).toBe(1);
    expect(range.stdout).toContain('[score-out-of-range]');
    const bad = await runInProcess(['assess', 'ivanova-ma', '--kind', 'final', '--date', '2026-03-10', 'activity:1', ...TODAY], { cwd: dir });
    expect(bad).toMatchObject({ exitCode: 2, stderr: '"activity:1" is not a score: write direction=score with a score from 0 to 2, e.g. documentation=0.5.\n' });
    const who = await runInProcess(['assess', 'lebedev-ia', '--kind', 'final', '--date', '2026-03-10', 'activity=1', ...TODAY], { cwd: dir });
    expect(who).toMatchObject({ exitCode: 2, stderr: 'No teacher "lebedev-ia" in teachers/. Did you mean "lebedev-ai"?\n' });
  });
});
