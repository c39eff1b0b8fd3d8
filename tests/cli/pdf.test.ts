// CLI tests: --format pdf on render route and report — printed by a local Chromium through
// playwright-core, one browser for a run; without a browser, one line saying how to get one.

import { spawnSync } from 'node:child_process';
import { chmodSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findBrowser } from '../../src/cli/find-browser.js';
import { EXAMPLE, runInProcess, tempWorkspace } from './helpers.js';

const TODAY = ['--today', '2026-03-20'];
const found = findBrowser(process.env);
const browser = 'path' in found && !('error' in found) ? found.path : undefined;
const hasPoppler = spawnSync('pdftotext', ['-v']).status === 0;
const canPrint = (browser !== undefined && hasPoppler) || process.env['CI'] === 'true';
if (!canPrint) process.stdout.write('SKIPPED: the PDF tests need Chromium and poppler-utils (Debian: apt-get install -y chromium poppler-utils)\n');

function pdfText(path: string): string {
  return spawnSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' }).stdout;
}

function pageCount(path: string): number {
  const info = spawnSync('pdfinfo', [path], { encoding: 'utf8' }).stdout;
  return Number(/^Pages:\s+(\d+)/m.exec(info)?.[1] ?? 0);
}

describe.skipIf(!canPrint)('--format pdf', () => {
  it('prints the route documents of several mentees with one browser start', async () => {
    const dir = tempWorkspace();
    // A browser that notes each start, then is the real one.
    const log = join(dir, 'starts.log');
    const wrapper = join(dir, 'browser.sh');
    writeFileSync(wrapper, `#!/bin/sh\necho start >> "${log}"\nexec "${browser ?? 'chromium'}" "$@"\n`);
    chmodSync(wrapper, 0o755);
    const result = await runInProcess(['render', 'route', 'ivanova-ma', 'belova-as', '--format', 'pdf', '--browser', wrapper, ...TODAY], { cwd: dir });
    expect(result.exitCode, result.stderr).toBe(0);
    expect(result.stdout).toContain('out/route-ivanova-ma-2025-2026.pdf');
    expect(readFileSync(log, 'utf8')).toBe('start\n');
    const pdf = join(dir, 'out', 'route-ivanova-ma-2025-2026.pdf');
    expect(readFileSync(pdf).subarray(0, 5).toString()).toBe('%PDF-');
    expect(pageCount(pdf)).toBeGreaterThanOrEqual(2);
    const text = pdfText(pdf).replace(/\s+/g, ' ');
    for (const phrase of ['ИНДИВИДУАЛЬНЫЙ ОБРАЗОВАТЕЛЬНЫЙ МАРШРУТ ПЕДАГОГА', 'Иванова Мария Алексеевна', 'Изучение ФГОС ДО', 'Ведение документации', 'Содержание работы']) {
      expect(text, phrase).toContain(phrase);
    }
  });

  it('prints the report, from MENTOR_BROWSER', async () => {
    const dir = tempWorkspace();
    const result = await runInProcess(['report', '--format', 'pdf', ...TODAY], { cwd: dir, env: { MENTOR_BROWSER: browser ?? '/usr/bin/chromium' } });
    expect(result.exitCode, result.stderr).toBe(0);
    const pdf = join(dir, 'out', 'report-2026Q1.pdf');
    expect(result.stderr).toContain('out/report-2026Q1.pdf');
    expect(pdfText(pdf).replace(/\s+/g, ' ')).toContain('I квартал 2026');
  });
});

describe('--format pdf without a browser', () => {
  it('exits 2 with one line saying how to install one, before reading the workspace', async () => {
    const result = await runInProcess(['render', 'route', 'ivanova-ma', '--format', 'pdf', ...TODAY], { cwd: EXAMPLE, env: { PATH: '/nonexistent' } });
    expect(result).toMatchObject({ exitCode: 2, stdout: '' });
    expect(result.stderr).toMatch(/^--format pdf prints with Chromium, Chrome or Edge, and none was found: .*apt-get install chromium.*\n$/);
    const ru = await runInProcess(['--lang', 'ru', 'report', '--format', 'pdf', ...TODAY], { cwd: EXAMPLE, env: { PATH: '/nonexistent' } });
    expect(ru.exitCode).toBe(2);
    expect(ru.stderr).toContain('в Windows Edge уже есть');
  });

  it('names a --browser that is not a program', async () => {
    const result = await runInProcess(['report', '--format', 'pdf', '--browser', '/no/such/chrome', ...TODAY], { cwd: EXAMPLE });
    expect(result).toMatchObject({ exitCode: 2, stderr: '--browser: /no/such/chrome is not a program (the path of Chromium, Chrome or Edge is needed).\n' });
  });
});
