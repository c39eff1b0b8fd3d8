// History stage: the two git commands `log` needs — one `git log` and one `git cat-file --batch`.

import { readObjects } from '../load/cat-file-batch.js';
import { GitError, gitText, resolveRevision } from '../load/git.js';
import { LOG_FORMAT, parseGitLog } from './parse-git-log.js';
import type { Commit } from './types.js';

/** The workspace folder relative to the repository root, with `/` and no trailing slash ('' at the top). */
export function workspacePrefix(workspaceRoot: string): string {
  // Asked of git rather than computed from paths: git sees through symbolic links the same way.
  return gitText(workspaceRoot, ['rev-parse', '--show-prefix']).trim().replace(/\/$/, '');
}

/** Whether the repository has a commit yet (a fresh `git init` has none, and no history). */
export function hasCommits(workspaceRoot: string): boolean {
  try {
    resolveRevision(workspaceRoot, 'HEAD');
    return true;
  } catch (error) {
    if (error instanceof GitError && error.kind === 'bad-revision') return false;
    throw error;
  }
}

/**
 * Every commit that touched the given folders (repository-relative), oldest first, with renames
 * detected (-M). Merges are left out: their changes are the ones of the commits merged.
 */
export function readCommits(workspaceRoot: string, folders: readonly string[]): Commit[] {
  const args = ['-c', 'log.showSignature=false', 'log', '-z', '--raw', '--no-abbrev', '-M', '--no-merges'];
  args.push('--date-order', '--reverse', `--format=${LOG_FORMAT}`, '--');
  // `top`: paths from the repository root whatever the folder git runs in; `literal`: no globbing.
  for (const folder of folders) args.push(`:(top,literal)${folder}`);
  return parseGitLog(gitText(workspaceRoot, args));
}

/** The texts of the blobs, by id, from one `git cat-file --batch` process. */
export function readBlobs(workspaceRoot: string, ids: readonly string[]): Map<string, string> {
  const texts = new Map<string, string>();
  readObjects(workspaceRoot, ids).forEach((bytes, n) => {
    if (bytes !== undefined) texts.set(ids[n]!, bytes.toString('utf8'));
  });
  return texts;
}
