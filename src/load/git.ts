// Load stage: the real `git` command, run synchronously — the only door to a repository's history.

import { spawnSync } from 'node:child_process';
import { childEnv } from './child-env.js';

export type GitErrorKind = 'git-missing' | 'not-a-repository' | 'bad-revision' | 'git-failed';

/** Why git could not answer; the CLI words it and exits 2. */
export class GitError extends Error {
  override readonly name = 'GitError';
  constructor(
    readonly kind: GitErrorKind,
    readonly detail: string,
  ) {
    super(`${kind}: ${detail}`);
  }
}

export interface GitResult {
  stdout: Buffer;
  stderr: string;
  status: number;
}

/** Runs `git args…` in `cwd`; throws GitError when git is missing or fails (unless `allowFailure`). */
export function runGit(
  cwd: string,
  args: readonly string[],
  options: { input?: string | Buffer; allowFailure?: boolean; env?: Readonly<Record<string, string>> } = {},
): GitResult {
  const result = spawnSync('git', args as string[], {
    cwd,
    input: options.input,
    maxBuffer: 1 << 30,
    // Stable output whatever the user's configuration: no pager, no colour, paths unquoted.
    env: { ...childEnv(), ...options.env, GIT_PAGER: 'cat', LC_ALL: 'C', GIT_TERMINAL_PROMPT: '0' },
  });
  if (result.error) {
    const code = (result.error as NodeJS.ErrnoException).code;
    throw new GitError(code === 'ENOENT' ? 'git-missing' : 'git-failed', result.error.message);
  }
  const stderr = result.stderr.toString('utf8');
  const status = result.status ?? 1;
  if (status !== 0 && !options.allowFailure) {
    if (/not a git repository/i.test(stderr)) throw new GitError('not-a-repository', cwd);
    throw new GitError('git-failed', stderr.trim().split('\n')[0] ?? `git ${args.join(' ')}`);
  }
  return { stdout: result.stdout, stderr, status };
}

export function gitText(cwd: string, args: readonly string[]): string {
  return runGit(cwd, ['-c', 'core.quotePath=false', ...args]).stdout.toString('utf8');
}

/** The top folder of the repository holding `dir`, or undefined outside a repository (or without git). */
export function repositoryRoot(dir: string): string | undefined {
  try {
    const result = runGit(dir, ['rev-parse', '--show-toplevel'], { allowFailure: true });
    return result.status === 0 ? result.stdout.toString('utf8').trim() : undefined;
  } catch (error) {
    if (error instanceof GitError && error.kind === 'git-missing') return undefined;
    throw error;
  }
}

/** The top folder of the repository holding `dir`; GitError when git is missing or there is none. */
export function requireRepository(dir: string): string {
  const result = runGit(dir, ['rev-parse', '--show-toplevel'], { allowFailure: true });
  if (result.status !== 0) throw new GitError('not-a-repository', dir);
  return result.stdout.toString('utf8').trim();
}

/** The full commit hash a revision names; GitError 'bad-revision' when it names none. */
export function resolveRevision(repo: string, rev: string): string {
  const result = runGit(repo, ['rev-parse', '--verify', '--quiet', `${rev}^{commit}`], { allowFailure: true });
  if (result.status !== 0) {
    if (/not a git repository/i.test(result.stderr)) throw new GitError('not-a-repository', repo);
    throw new GitError('bad-revision', rev);
  }
  return result.stdout.toString('utf8').trim();
}
