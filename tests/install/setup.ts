// Install tests: the tool as a kindergarten gets it — packed or from git, in a records repository of
// its own — and the CI files that run it. Slow (npm, git, pre-commit): `npm run test:install`.

import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, realpathSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll } from 'vitest';

export const REPO = resolve(import.meta.dirname, '../..');

export interface Ran {
  status: number;
  stdout: string;
  stderr: string;
}

/** Git with no user configuration; a fixed author, so that commits need nothing from the machine. */
export const GIT_ENV = {
  GIT_CONFIG_GLOBAL: '/dev/null',
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_AUTHOR_NAME: 'Методист',
  GIT_AUTHOR_EMAIL: 'metodist@example.org',
  GIT_COMMITTER_NAME: 'Методист',
  GIT_COMMITTER_EMAIL: 'metodist@example.org',
};

/** Runs a program as a user's shell would, in a plain English locale; never throws. */
export function run(cwd: string, command: string, args: readonly string[], env: Record<string, string> = {}): Ran {
  const result = spawnSync(command, args as string[], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, LANG: 'en_US.UTF-8', LC_ALL: '', LC_MESSAGES: '', NO_COLOR: '1', npm_config_update_notifier: 'false', ...GIT_ENV, ...env },
    maxBuffer: 1 << 28,
  });
  return { status: result.status ?? -1, stdout: result.stdout ?? '', stderr: `${result.stderr ?? ''}${result.error ? String(result.error) : ''}` };
}

/** Like run(), but a failure fails the test with what the program said. */
export function must(cwd: string, command: string, args: readonly string[], env: Record<string, string> = {}): string {
  const ran = run(cwd, command, args, env);
  if (ran.status !== 0) throw new Error(`${command} ${args.join(' ')} exited ${ran.status}\n${ran.stdout}\n${ran.stderr}`);
  return ran.stdout;
}

const made: string[] = [];
afterAll(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A new temporary folder (real path), removed after the file's tests. */
export function tempDir(prefix: string): string {
  const dir = realpathSync(mkdtempSync(join(tmpdir(), `mentor-${prefix}-`)));
  made.push(dir);
  return dir;
}

/** `npm pack` of this repository as it is now (dist/ built by the test script), into `dir`. */
export function packTool(dir: string): string {
  must(REPO, 'npm', ['pack', '--ignore-scripts', '--silent', '--pack-destination', dir]);
  const name = readdirSync(dir).find((file) => file.endsWith('.tgz'));
  if (name === undefined) throw new Error('npm pack made no tarball');
  return join(dir, name);
}

/** A brand-new records repository: git init, npm init -y. */
export function recordsRepository(prefix: string): string {
  const dir = tempDir(prefix);
  must(dir, 'git', ['init', '-q', '-b', 'main']);
  must(dir, 'npm', ['init', '-y']);
  return dir;
}

/** The flags of a non-interactive `mentor init`. */
export const INIT_FLAGS = [
  '--yes',
  '--name',
  'Муниципальное бюджетное дошкольное образовательное учреждение «Детский сад № 7 «Ромашка»',
  '--short-name',
  'МБДОУ «Детский сад № 7»',
  '--city',
  'г. Череповец',
  '--head',
  'Андреева Ольга Николаевна',
  '--curator-name',
  'Кузнецова Елена Викторовна',
];

/** Whether CI runs this (then every program a test needs must be there). */
export const IN_CI = process.env['CI'] === 'true';
