// CLI tests: record files and templates that try to lead the run out of the workspace, or to hang it.

import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, runInProcess, runMentor, tempWorkspace, type RunResult } from './helpers.js';

const TODAY = ['--today', '2026-03-20'];
const SECRET = 'TOP-SECRET-7f3a';
const onLinux = process.platform === 'linux';

/** A folder outside the workspace holding a secret, as a CI machine's home or /etc would. */
function outsideSecret(): string {
  const dir = tempWorkspace(null);
  writeFileSync(join(dir, 'secret.yaml'), `token: ${SECRET}\nid: ivanova-ma\n`);
  return dir;
}

/** runMentor with a deadline: a run that hangs is killed and fails the test instead of stalling it. */
function runWithin(ms: number, args: string[], cwd: string): RunResult & { ms: number } {
  const started = Date.now();
  const result = spawnSync(process.execPath, [BIN, ...args], { cwd, env: { PATH: process.env['PATH'] ?? '', LANG: 'en_US.UTF-8' }, encoding: 'utf8', timeout: ms });
  return { exitCode: result.status ?? -1, stdout: result.stdout, stderr: result.stderr, ms: Date.now() - started };
}

function problemLines(stdout: string): string[] {
  return stdout.split('\n').filter((l) => /^\S+:\d+:\d+: (error|warning) \[/.test(l));
}

describe('a record file that links out of the workspace is refused, never read', () => {
  // The binary: the secret must be in the environment of the process that follows the link.
  it.runIf(onLinux)('a link to /proc/self/environ: one problem, no environment in the output', () => {
    const dir = tempWorkspace();
    symlinkSync('/proc/self/environ', join(dir, 'teachers', 'env.yaml'));
    const result = runMentor(['validate', ...TODAY], { cwd: dir, env: { CI_TOKEN: SECRET } });
    expect(result.exitCode).toBe(1);
    expect(result.stdout).not.toContain(SECRET);
    expect(problemLines(result.stdout)).toEqual([expect.stringMatching(/^teachers\/env\.yaml:1:1: error \[file-outside-workspace\]/)]);
  });

  it('a link to a file elsewhere, in every output format', async () => {
    const dir = tempWorkspace();
    symlinkSync(join(outsideSecret(), 'secret.yaml'), join(dir, 'teachers', 'leak.yaml'));
    for (const format of ['text', 'json', 'github', 'junit', 'sarif']) {
      const result = await runInProcess(['validate', ...TODAY, '--format', format], { cwd: dir });
      expect(result.exitCode, format).toBe(1);
      expect(result.stdout, format).not.toContain(SECRET);
      expect(result.stdout, format).toContain('file-outside-workspace');
    }
  });

  it('a record folder replaced by a link after a run: the next run in the same process refuses its files too', async () => {
    const dir = tempWorkspace();
    expect((await runInProcess(['validate', ...TODAY], { cwd: dir })).exitCode).toBe(0);
    const outside = outsideSecret();
    cpSync(join(dir, 'catalog'), outside, { recursive: true });
    rmSync(join(dir, 'catalog'), { recursive: true });
    symlinkSync(outside, join(dir, 'catalog'));
    const result = await runInProcess(['validate', ...TODAY], { cwd: dir });
    expect(result.stdout).not.toContain(SECRET);
    expect(problemLines(result.stdout).filter((l) => l.startsWith('catalog/')).length).toBeGreaterThan(0);
    expect(problemLines(result.stdout).filter((l) => l.startsWith('catalog/')).every((l) => l.includes('[file-outside-workspace]'))).toBe(true);
  });

  it('a record folder that is a link to a folder outside: its files are refused', async () => {
    const dir = tempWorkspace();
    const outside = outsideSecret();
    cpSync(join(dir, 'catalog'), outside, { recursive: true });
    rmSync(join(dir, 'catalog'), { recursive: true });
    symlinkSync(outside, join(dir, 'catalog'));
    const result = await runInProcess(['validate', ...TODAY], { cwd: dir });
    expect(result.stdout).not.toContain(SECRET);
    const inCatalog = problemLines(result.stdout).filter((l) => l.startsWith('catalog/'));
    expect(inCatalog).toContainEqual(expect.stringMatching(/^catalog\/secret\.yaml:1:1: error \[file-outside-workspace\]/));
    for (const line of inCatalog) expect(line).toMatch(/^catalog\/[\w-]+\.yaml:1:1: error \[file-outside-workspace\]/);
  });

  it('in Russian, with «quotes»', async () => {
    const dir = tempWorkspace();
    symlinkSync(join(outsideSecret(), 'secret.yaml'), join(dir, 'teachers', 'leak.yaml'));
    const result = await runInProcess(['--lang', 'ru', 'validate', ...TODAY], { cwd: dir });
    expect(result.stdout).toMatch(/\[file-outside-workspace\] Файл — ссылка на «.*» за пределами рабочей папки/);
  });

  it('a link that stays inside the workspace is read', async () => {
    const dir = tempWorkspace();
    mkdirSync(join(dir, 'shared'));
    const teacher = readFileSync(join(dir, 'teachers', 'belova-as.yaml'), 'utf8').replace('id: belova-as', 'id: linked-t');
    writeFileSync(join(dir, 'shared', 'linked-t.yaml'), teacher);
    symlinkSync('../shared/linked-t.yaml', join(dir, 'teachers', 'linked-t.yaml'));
    const result = await runInProcess(['validate', ...TODAY], { cwd: dir });
    expect(result).toMatchObject({ exitCode: 0, stdout: 'No problems in 43 files\n' });
  });
});

describe('a file that is not a regular file is refused at once', () => {
  it.runIf(onLinux)('a link to a FIFO inside the workspace: one problem, no hang', () => {
    const dir = tempWorkspace();
    mkdirSync(join(dir, 'shared'));
    execFileSync('mkfifo', [join(dir, 'shared', 'pipe')]);
    symlinkSync('../shared/pipe', join(dir, 'teachers', 'pipe.yaml'));
    const result = runWithin(10_000, ['validate', ...TODAY], dir);
    expect(result.ms).toBeLessThan(10_000);
    expect(result.exitCode).toBe(1);
    expect(problemLines(result.stdout)).toEqual([expect.stringMatching(/^teachers\/pipe\.yaml:1:1: error \[file-not-regular\]/)]);
  }, 20_000);

  it.runIf(onLinux)('a link to /dev/zero or /dev/stdin: one problem, no endless read', () => {
    const dir = tempWorkspace();
    symlinkSync('/dev/zero', join(dir, 'teachers', 'zero.yaml'));
    symlinkSync('/dev/stdin', join(dir, 'teachers', 'stdin.yaml'));
    const result = runWithin(10_000, ['validate', ...TODAY], dir);
    expect(result.ms).toBeLessThan(10_000);
    expect(result.exitCode).toBe(1);
    expect(problemLines(result.stdout)).toEqual([
      // /dev/stdin leads to a pipe that has no path: it cannot even be resolved.
      expect.stringMatching(/^teachers\/stdin\.yaml:1:1: error \[file-(outside-workspace|not-regular|unreadable)\]/),
      expect.stringMatching(/^teachers\/zero\.yaml:1:1: error \[file-(outside-workspace|not-regular)\]/),
    ]);
  }, 20_000);
});

describe('a template or partial that links out of its folder is refused', () => {
  async function renderRoute(dir: string): Promise<RunResult> {
    return await runInProcess(['render', 'route', 'ivanova-ma', ...TODAY, '--out', 'out'], { cwd: dir });
  }
  const rendered = (dir: string): string =>
    existsSync(join(dir, 'out')) ? readdirSync(join(dir, 'out')).map((f) => readFileSync(join(dir, 'out', f), 'utf8')).join('') : '';

  it("the workspace's own template", async () => {
    const dir = tempWorkspace();
    mkdirSync(join(dir, 'templates'));
    symlinkSync(join(outsideSecret(), 'secret.yaml'), join(dir, 'templates', 'route.html.hbs'));
    const result = await renderRoute(dir);
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toMatch(/^A document template is broken, nothing was rendered: templates\/route\.html\.hbs: .*outside the workspace/);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stdout + result.stderr + rendered(dir)).not.toContain(SECRET);
  });

  it("the workspace's own partial, in Russian", async () => {
    const dir = tempWorkspace();
    mkdirSync(join(dir, 'templates', 'partials'), { recursive: true });
    symlinkSync(join(outsideSecret(), 'secret.yaml'), join(dir, 'templates', 'partials', 'route-style.hbs'));
    const result = await runInProcess(['--lang', 'ru', 'render', 'route', 'ivanova-ma', ...TODAY, '--out', 'out'], { cwd: dir });
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toMatch(/templates\/partials\/route-style\.hbs: Файл — ссылка на «.*» за пределами рабочей папки/);
    expect(result.stdout + result.stderr + rendered(dir)).not.toContain(SECRET);
  });

  it('a template that stays inside the workspace is used', async () => {
    const dir = tempWorkspace();
    mkdirSync(join(dir, 'templates', 'own'), { recursive: true });
    writeFileSync(join(dir, 'templates', 'own', 'route.md.hbs'), 'OWN ROUTE\n');
    symlinkSync('own/route.md.hbs', join(dir, 'templates', 'route.md.hbs'));
    const result = await renderRoute(dir);
    expect(result.exitCode).toBe(0);
    expect(rendered(dir)).toContain('OWN ROUTE');
  });
});
