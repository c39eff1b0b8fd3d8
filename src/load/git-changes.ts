// Load stage: how the workspace differs from a base revision — the files committed since the merge
// base or not committed yet (untracked ones included), and the records renamed on the way.

import { relative, sep } from 'node:path';
import { GitError, requireRepository, resolveRevision, runGit } from './git.js';

/**
 * The base when none is given: the merge base with the remote's default branch (origin/HEAD),
 * else with `main`, `origin/main`, `master` or `origin/master` (a CI checkout has the remote
 * branches but often neither origin/HEAD nor a local main). GitError 'bad-revision' when none exists.
 */
export function defaultBase(repo: string): string {
  const remote = runGit(repo, ['symbolic-ref', '--quiet', 'refs/remotes/origin/HEAD'], { allowFailure: true });
  const named = remote.status === 0 ? [remote.stdout.toString('utf8').trim()] : [];
  const candidates = [...named, 'main', 'origin/main', 'master', 'origin/master'];
  for (const candidate of candidates) {
    const base = runGit(repo, ['merge-base', 'HEAD', candidate], { allowFailure: true });
    if (base.status === 0) return base.stdout.toString('utf8').trim();
  }
  throw new GitError('bad-revision', candidates.join(', '));
}

export interface WorkspaceChanges {
  /** The full hash of the base commit. */
  base: string;
  /** The full hash of HEAD. */
  head: string;
  /** Workspace-relative paths changed against the base, committed or not. */
  files: Set<string>;
  /** Workspace-relative path at the base → path now, for each renamed file. */
  renames: Map<string, string>;
}

/** How the working tree of the workspace differs from `base` (default: see defaultBase). */
export function workspaceChanges(workspaceRoot: string, base?: string): WorkspaceChanges {
  const repo = requireRepository(workspaceRoot);
  const commit = base === undefined ? defaultBase(repo) : resolveRevision(repo, base);
  const head = resolveRevision(repo, 'HEAD');
  const prefix = relative(repo, workspaceRoot).split(sep).join('/');
  const scope = prefix === '' ? [] : ['--', prefix];
  const strip = prefix === '' ? 0 : prefix.length + 1;
  const inWorkspace = (p: string): boolean => p !== '' && (prefix === '' || p.startsWith(`${prefix}/`));
  // Against the working tree: what was committed since the base and what is not committed yet.
  const status = runGit(repo, ['-c', 'core.quotePath=false', 'diff', '--name-status', '-z', '-M', commit, ...scope]).stdout;
  const untracked = runGit(repo, ['-c', 'core.quotePath=false', 'ls-files', '--others', '--exclude-standard', '-z', ...scope]).stdout;
  const files = new Set<string>();
  const renames = new Map<string, string>();
  const fields = status.toString('utf8').split('\0');
  for (let i = 0; i < fields.length; i++) {
    const kind = fields[i] ?? '';
    if (kind === '') continue;
    if (kind.startsWith('R') || kind.startsWith('C')) {
      const from = fields[++i] ?? '';
      const to = fields[++i] ?? '';
      if (inWorkspace(to)) files.add(to.slice(strip));
      if (kind.startsWith('R') && inWorkspace(from) && inWorkspace(to)) renames.set(from.slice(strip), to.slice(strip));
      continue;
    }
    const path = fields[++i] ?? '';
    if (inWorkspace(path)) files.add(path.slice(strip));
  }
  for (const path of untracked.toString('utf8').split('\0')) if (inWorkspace(path)) files.add(path.slice(strip));
  return { base: commit, head, files, renames };
}
