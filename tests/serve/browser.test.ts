// Serve, end to end: the real `mentor serve` in a records repository, driven in Chromium as a
// methodist would use it — open a route, mark an item done, log a meeting — and the files and git
// history afterwards.

import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findBrowser } from '../../src/cli/find-browser.js';
import { BIN, runInProcess, tempWorkspace } from '../cli/helpers.js';

const found = findBrowser(process.env);
const executable = 'path' in found && !('error' in found) ? found.path : undefined;
const canRun = executable !== undefined || process.env['CI'] === 'true';
if (!canRun) process.stdout.write('SKIPPED: the browser tests of mentor serve need Chromium (Debian: apt-get install -y chromium)\n');

const GIT_ENV = { GIT_CONFIG_GLOBAL: '/dev/null', GIT_CONFIG_NOSYSTEM: '1' };
const git = (cwd: string, ...args: string[]): string => spawnSync('git', args, { cwd, encoding: 'utf8', env: { ...process.env, ...GIT_ENV } }).stdout;

function freePort(): Promise<number> {
  return new Promise((settle) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => settle(port));
    });
  });
}

describe.skipIf(!canRun)('mentor serve in a browser', () => {
  let dir: string;
  let server: ChildProcess;
  let browser: Browser;
  let base: string;

  beforeAll(async () => {
    dir = tempWorkspace();
    git(dir, 'init', '-q', '-b', 'main');
    git(dir, 'add', '-A');
    git(dir, '-c', 'user.name=Методист', '-c', 'user.email=m@example.org', 'commit', '-qm', 'records');
    const port = await freePort();
    base = `http://127.0.0.1:${port}`;
    server = spawn(process.execPath, [BIN, 'serve', '--port', String(port), '--today', '2026-03-20', '--commit', '--author', 'Методист <m@example.org>'], {
      cwd: dir,
      env: { ...process.env, ...GIT_ENV, LANG: 'en_US.UTF-8' },
    });
    await new Promise<void>((settle, fail) => {
      server.stdout!.on('data', (chunk: Buffer) => (chunk.toString().includes('mentor serve:') ? settle() : undefined));
      server.once('exit', (code) => fail(new Error(`mentor serve exited ${code}`)));
    });
    browser = await chromium.launch({ executablePath: executable ?? '/usr/bin/chromium', args: ['--disable-gpu', '--no-first-run', '--disable-background-networking'] });
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    server?.kill('SIGTERM');
  });

  it('marks an item done and logs a meeting; the route changes by exactly those lines, one commit each', async () => {
    const page = await browser.newPage();
    await page.goto(`${base}/`);
    expect(await page.locator('h1').textContent()).toContain('Солнышко');
    await page.getByRole('link', { name: 'Иванова Мария Алексеевна' }).click();
    await page.waitForURL(/\/routes\/2025-2026\/ivanova-ma$/);
    const row = page.locator('#item-diagnostics-final');
    await row.getByLabel('Подтверждение').fill('Аналитическая справка');
    await row.getByRole('button', { name: 'Выполнено' }).click();
    await page.waitForURL(/saved=done/);
    expect(await page.locator('.notice').textContent()).toContain('Отметка о выполнении записана');
    expect(await page.locator('#item-diagnostics-final').textContent()).toContain('выполнено 20.03.2026');

    await page.getByLabel('Тема').fill('Анализ ООД по речевому развитию');
    await page.getByLabel('Продолжительность, минут').fill('40');
    await page.getByRole('button', { name: 'Записать встречу' }).click();
    await page.waitForURL(/saved=meeting/);
    expect(await page.content()).toContain('Анализ ООД по речевому развитию');
    await page.screenshot({ path: join(dir, 'route-page.png'), fullPage: false });

    const diff = git(dir, 'diff', 'HEAD~2', '--', 'routes/2025-2026/ivanova-ma.yaml');
    const changed = diff.split('\n').filter((line) => /^[-+][^-+]/.test(line));
    expect(changed).toEqual([
      '-    status: planned',
      '+    status: done',
      '+    done_on: 2026-03-20',
      '+    evidence: Аналитическая справка',
      '+  - { date: 2026-03-20, topic: Анализ ООД по речевому развитию, minutes: 40 }',
    ]);
    expect(git(dir, 'log', '--format=%an|%s', '-2').trim().split('\n')).toEqual([
      'Методист|ИОМ ivanova-ma: встреча 20.03.2026',
      'Методист|ИОМ ivanova-ma: diagnostics-final — выполнено 20.03.2026',
    ]);
    expect(git(dir, 'status', '--porcelain', '--', 'routes')).toBe('');
    expect((await runInProcess(['validate', '--today', '2026-03-20'], { cwd: dir })).exitCode).toBe(0);
    expect(readFileSync(join(dir, 'route-page.png')).subarray(1, 4).toString()).toBe('PNG');
  }, 60_000);
});
