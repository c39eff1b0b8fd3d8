// CLI tests: `plan --update` refuses what it cannot change safely, says so in the user's words,
// and cleans up after a run that was killed.

import { readdirSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runInProcess, tempWorkspace } from './helpers.js';

const TODAY = ['--today', '2026-03-20'];
const ROUTE = join('routes', '2025-2026', 'belova-as.yaml');

/** belova-as's route with the overdue planned item's due date an alias of a done item's. */
function aliased(dir: string): string {
  const path = join(dir, ROUTE);
  const lines = readFileSync(path, 'utf8').split('\n');
  const done = lines.findIndex((l) => l === '  - id: activity-open-lesson');
  const planned = lines.findIndex((l) => l === '  - id: methodical-site-publication');
  const dueOf = (from: number): number => lines.findIndex((l, i) => i > from && l.startsWith('    due: '));
  lines[dueOf(done)] = '    due: &feb 2026-02-28';
  lines[dueOf(planned)] = '    due: *feb';
  const text = lines.join('\n');
  writeFileSync(path, text);
  return text;
}

describe('mentor plan --update and YAML aliases', () => {
  it('refuses the route with the alias, naming its line, and leaves the file as it was', async () => {
    const dir = tempWorkspace();
    const text = aliased(dir);
    const result = await runInProcess(['plan', '--update', '--teacher', 'belova-as', ...TODAY], { cwd: dir });
    expect(result.exitCode).toBe(1);
    const line = text.split('\n').indexOf('    due: *feb') + 1;
    expect(result.stderr).toContain(`routes/2025-2026/belova-as.yaml:${line}: the route uses the YAML alias *feb`);
    expect(result.stderr).not.toContain('could not complete');
    expect(readFileSync(join(dir, ROUTE), 'utf8')).toBe(text);
  });

  it('says so in Russian', async () => {
    const dir = tempWorkspace();
    aliased(dir);
    const result = await runInProcess(['--lang', 'ru', 'plan', '--update', '--teacher', 'belova-as', ...TODAY], { cwd: dir });
    expect(result.stderr).toContain('в маршруте используется псевдоним YAML *feb');
  });
});

describe('mentor plan --update after a killed run', () => {
  it('removes the stale temporary file the killed run left beside the route', async () => {
    const dir = tempWorkspace();
    const folder = join(dir, 'routes', '2025-2026');
    const stale = join(folder, '.belova-as.yaml.4242.1700000000000.tmp');
    writeFileSync(stale, 'teacher: belova-as\nmen');
    const old = new Date(Date.now() - 3_600_000);
    utimesSync(stale, old, old);
    const result = await runInProcess(['plan', '--update', '--teacher', 'belova-as', ...TODAY], { cwd: dir });
    expect(result.exitCode).toBe(0);
    expect(result.stdout).toContain('Updated routes/2025-2026/belova-as.yaml');
    expect(readdirSync(folder).filter((f) => f.startsWith('.'))).toEqual([]);
  });
});

describe('mentor plan --update on a CRLF route', () => {
  it('keeps every line end CRLF', async () => {
    const dir = tempWorkspace();
    const path = join(dir, ROUTE);
    writeFileSync(path, readFileSync(path, 'utf8').replace(/\n/g, '\r\n'));
    const result = await runInProcess(['plan', '--update', '--teacher', 'belova-as', ...TODAY], { cwd: dir });
    expect(result.stdout).toContain('Updated');
    expect(readFileSync(path, 'utf8').replace(/\r\n/g, '')).not.toContain('\n');
  });
});
