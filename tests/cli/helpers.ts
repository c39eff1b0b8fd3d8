// Test helpers: run `mentor` — in-process through main(argv, io) (runInProcess), or as the built
// binary in a process of its own (runMentor) — and make throwaway copies of workspaces.

import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve, sep } from 'node:path';
import { PassThrough } from 'node:stream';
import { main } from '../../src/cli/main.js';
import type { StdinStream } from '../../src/cli/io.js';

export const REPO = resolve(import.meta.dirname, '../..');
export const BIN = join(REPO, 'bin', 'mentor.js');
export const EXAMPLE = join(REPO, 'examples', 'solnyshko');

export interface RunResult {
  exitCode: number;
  stdout: string;
  stderr: string;
}

/**
 * Runs the real binary in a process of its own, as a user would, with a plain English locale
 * unless `env` says otherwise. For what needs a process: the binary's own scenarios, signals,
 * concurrent runs, hangs, stdin and the terminal; everything else runs in-process (runInProcess).
 */
export function runMentor(args: string[], options: { cwd?: string; env?: Record<string, string>; stdin?: string } = {}): RunResult {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd: options.cwd ?? REPO,
    env: { ...baseEnv(), ...options.env },
    encoding: 'utf8',
    ...(options.stdin === undefined ? {} : { input: options.stdin }),
  });
  return { exitCode: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}

export interface RunOptions {
  cwd?: string;
  env?: Record<string, string>;
  /** What standard input holds (a pipe that ends after it, never a terminal); default: nothing. */
  stdin?: string;
  /** Standard input as the program sees it, e.g. a fake terminal; overrides `stdin`. */
  stdinStream?: () => StdinStream;
}

/** The environment both runners start from: a plain English locale, PATH and HOME only. */
function baseEnv(): Record<string, string> {
  return { PATH: process.env['PATH'] ?? '', HOME: process.env['HOME'] ?? '/tmp', LANG: 'en_US.UTF-8' };
}

/**
 * Runs the CLI in this process, as the binary would run it: main() with the same argv, folder and
 * environment as runMentor's, stdout and stderr captured, stdin a pipe that holds `stdin` (empty
 * by default, as spawnSync gives), not a terminal. Tens of times cheaper than a process.
 */
export async function runInProcess(args: string[], options: RunOptions = {}): Promise<RunResult> {
  let stdout = '';
  let stderr = '';
  const stdin =
    options.stdinStream ??
    ((): StdinStream => {
      const stream = new PassThrough();
      stream.end(options.stdin ?? '');
      return stream;
    });
  const exitCode = await main(args, {
    cwd: options.cwd ?? REPO,
    env: { ...baseEnv(), ...options.env },
    stdout: (text) => void (stdout += text),
    stderr: (text) => void (stderr += text),
    isTTY: false,
    stdin,
  });
  return { exitCode, stdout, stderr };
}

const made: string[] = [];

/** Removes the workspaces made since the last call: after each test (tests/setup.ts registers it in every file). */
export function removeTempWorkspaces(): void {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
}

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
