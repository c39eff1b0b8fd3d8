// Test helpers: run the built `mentor` binary, and make throwaway copies of workspaces.

import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve, sep } from 'node:path';
import { afterEach } from 'vitest';

export const REPO = resolve(import.meta.dirname, '../..');
export const BIN = join(REPO, 'bin', 'mentor.js');
export const EXAMPLE = join(REPO, 'examples', 'solnyshko');

export interface RunResult {
  exitCode: number;
  stdout: string;
  stderr: string;
}

/** Runs the real binary as a user would, with an English locale (en_US.UTF-8) unless `env` says otherwise. */
export function runMentor(args: string[], options: { cwd?: string; env?: Record<string, string> } = {}): RunResult {
  const env: Record<string, string> = { PATH: process.env['PATH'] ?? '', HOME: process.env['HOME'] ?? '/tmp', LANG: 'en_US.UTF-8' };
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd: options.cwd ?? REPO,
    env: { ...env, ...options.env },
    encoding: 'utf8',
  });
  return { exitCode: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}

const made: string[] = [];

afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A fresh copy of the example workspace (or an empty folder), removed after the test. */
export function tempWorkspace(from: string | null = EXAMPLE): string {
  const dir = mkdtempSync(join(tmpdir(), 'mentor-test-'));
  made.push(dir);
  if (from !== null) cpSync(from, dir, { recursive: true });
  return dir;
}

/** Every file under `dir` by relative path (with `/`), with its bytes as base64: any change shows. */
export function snapshot(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  const walk = (folder: string): void => {
    for (const name of readdirSync(folder).sort()) {
      const path = join(folder, name);
      if (statSync(path).isDirectory()) walk(path);
      else files[relative(dir, path).split(sep).join('/')] = readFileSync(path).toString('base64');
    }
  };
  walk(dir);
  return files;
}
