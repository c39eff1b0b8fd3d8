// Load stage: which workspace files differ from a base revision — committed since the merge base,
// or not committed yet (untracked files included).

import { relative, sep } from 'node:path';
import { GitError, requireRepository, resolveRevision, runGit } from './git.js';

/**
 * The base when none is given: the merge base with the remote's default branch (origin/HEAD),
 * else with `main`. GitError 'bad-revision' when neither exists.
 */
export function defaultBase(repo: string): string {
  const remote = runGit(repo, ['symbolic-ref', '--quiet', 'refs/remotes/origin/HEAD'], { allowFailure: true });
  const candidates = [remote.status === 0 ? remote.stdout.toString('utf8').trim() : '', 'main'].filter((c) => c !== '');
  for (const candidate of candidates) {
    const base = runGit(repo, ['merge-base', 'HEAD', candidate], { allowFailure: true });
    if (base.status === 0) return base.stdout.toString('utf8').trim();
  }
  throw new GitError('bad-revision', candidates.join(', '));
}

/** Workspace-relative paths changed against `base` (default: see defaultBase), with uncommitted ones. */
export function changedFiles(workspaceRoot: string, base?: string): { base: string; files: Set<string> } {
  const repo = requireRepository(workspaceRoot);
  const commit = base === undefined ? defaultBase(repo) : resolveRevision(repo, base);
  const prefix = relative(repo, workspaceRoot).split(sep).join('/');
  const scope = prefix === '' ? [] : ['--', prefix];
  // Against the working tree: what was committed since the base and what is not committed yet.
  const diff = runGit(repo, ['-c', 'core.quotePath=false', 'diff', '--name-only', '-z', '--no-renames', commit, ...scope]).stdout;
  const untracked = runGit(repo, ['-c', 'core.quotePath=false', 'ls-files', '--others', '--exclude-standard', '-z', ...scope]).stdout;
  const strip = prefix === '' ? 0 : prefix.length + 1;
  const files = new Set(
    `${diff.toString('utf8')}\0${untracked.toString('utf8')}`
      .split('\0')
      .filter((p) => p !== '' && (prefix === '' || p.startsWith(`${prefix}/`)))
      .map((p) => p.slice(strip)),
  );
  return { base: commit, files };
}
