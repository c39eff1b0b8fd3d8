// CLI tests: documents and records are never written through a symbolic link, and a plan whose
// output folder cannot be written fails before it writes any route.

import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runInProcess, snapshot, tempWorkspace } from './helpers.js';

const TODAY = ['--today', '2026-03-20'];
const VICTIM_TEXT = 'not mentor’s to overwrite\n';

const outside: string[] = [];
afterEach(() => {
  for (const dir of outside.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A folder outside the workspace with one file in it, the file a link may point at. */
function victim(): { dir: string; file: string } {
  const dir = mkdtempSync(join(tmpdir(), 'mentor-victim-'));
  outside.push(dir);
  const file = join(dir, 'victim.txt');
  writeFileSync(file, VICTIM_TEXT);
  return { dir, file };
}

function oneLine(text: string): string[] {
  return text.split('\n').filter((l) => l !== '');
}

describe('writes refuse symbolic links', () => {
  it('report: a link where the report should be is refused, the file it points at untouched', async () => {
    const dir = tempWorkspace();
    const { file } = victim();
    mkdirSync(join(dir, 'out'));
    symlinkSync(file, join(dir, 'out', 'report-2026Q1.html'));
    const result = await runInProcess(['report', '--period', '2026Q1', ...TODAY], { cwd: dir });
    expect(result.exitCode).toBe(2);
    expect(oneLine(result.stderr)).toEqual([expect.stringContaining('Not writing out/report-2026Q1.html: it is a symbolic link')]);
    expect(readFileSync(file, 'utf8')).toBe(VICTIM_TEXT);
  });

  it('says it in Russian with --lang ru', async () => {
    const dir = tempWorkspace();
    const { file } = victim();
    mkdirSync(join(dir, 'out'));
    symlinkSync(file, join(dir, 'out', 'report-2026Q1.html'));
    const result = await runInProcess(['--lang', 'ru', 'report', '--period', '2026Q1', ...TODAY], { cwd: dir });
    expect(result.exitCode).toBe(2);
    expect(oneLine(result.stderr)).toEqual([expect.stringContaining('Файл out/report-2026Q1.html не записан: это символическая ссылка')]);
    expect(readFileSync(file, 'utf8')).toBe(VICTIM_TEXT);
  });

  it('render: `out` itself a link to a folder outside the workspace is refused, nothing written there', async () => {
    const dir = tempWorkspace();
    const target = victim();
    symlinkSync(target.dir, join(dir, 'out'));
    const result = await runInProcess(['render', 'route', 'ivanova-ma', ...TODAY], { cwd: dir });
    expect(result.exitCode).toBe(2);
    expect(oneLine(result.stderr)).toEqual([expect.stringContaining('symbolic link')]);
    expect(readdirSync(target.dir)).toEqual(['victim.txt']);
  });

  it('plan: a link in place of a route document is refused before the route is written', async () => {
    const dir = tempWorkspace();
    const { file } = victim();
    mkdirSync(join(dir, 'out'));
    symlinkSync(file, join(dir, 'out', 'route-zaytseva-ok-2025-2026.html'));
    const before = snapshot(dir);
    const result = await runInProcess(['plan', ...TODAY], { cwd: dir });
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toContain('symbolic link');
    expect(readFileSync(file, 'utf8')).toBe(VICTIM_TEXT);
    expect(snapshot(dir)).toEqual(before);
  });

  it('plan --update: a route file that links out of the workspace is refused, not replaced or followed', async () => {
    const dir = tempWorkspace();
    const { dir: away } = victim();
    const route = join(dir, 'routes', '2025-2026', 'belova-as.yaml');
    const moved = join(away, 'belova-as.yaml');
    writeFileSync(moved, readFileSync(route));
    rmSync(route);
    symlinkSync(moved, route);
    const text = readFileSync(moved, 'utf8');
    const result = await runInProcess(['plan', '--update', '--teacher', 'belova-as', ...TODAY], { cwd: dir });
    // The link out of the workspace is not even read: a problem of the records, which stops plan.
    expect(result.exitCode).toBe(1);
    expect(`${result.stdout}${result.stderr}`).toContain('[file-outside-workspace]');
    expect(readFileSync(moved, 'utf8')).toBe(text);
    expect(result.stdout).not.toContain('Updated');
  });
});

describe('a link inside the workspace', () => {
  it('plan --update reads a route through it but refuses to write through it', async () => {
    const dir = tempWorkspace();
    const route = join(dir, 'routes', '2025-2026', 'belova-as.yaml');
    const kept = join(dir, 'archive', 'belova-as.yaml');
    mkdirSync(join(dir, 'archive'));
    writeFileSync(kept, readFileSync(route));
    rmSync(route);
    symlinkSync(kept, route);
    const text = readFileSync(kept, 'utf8');
    const result = await runInProcess(['plan', '--update', '--teacher', 'belova-as', ...TODAY], { cwd: dir });
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toContain('symbolic link');
    expect(readFileSync(kept, 'utf8')).toBe(text);
  });
});

describe('plan --out that is a file', () => {
  it('fails before any route is written', async () => {
    const dir = tempWorkspace();
    writeFileSync(join(dir, 'out'), 'a file, not a folder\n');
    const before = snapshot(dir);
    const result = await runInProcess(['plan', ...TODAY], { cwd: dir });
    expect(result.exitCode).toBe(2);
    expect(oneLine(result.stderr)).toEqual([expect.stringContaining('out is a file, not a folder')]);
    expect(snapshot(dir)).toEqual(before);
    expect(existsSync(join(dir, 'routes', '2025-2026', 'zaytseva-ok.yaml'))).toBe(false);
  });
});
