// Load stage: one commit of one changed record file — what `mentor serve --commit` makes per change.

import { relative, sep } from 'node:path';
import { requireRepository, runGit } from './git.js';

/**
 * Commits `rel` (workspace-relative) alone, whatever else is staged or changed: `git commit --only`
 * takes the file as it is on disk. `author` is «Name <email>»; git's configuration otherwise.
 */
export function commitFile(workspaceRoot: string, rel: string, message: string, author?: string): string {
  const repo = requireRepository(workspaceRoot);
  const path = [relative(repo, workspaceRoot), rel].filter((part) => part !== '').join('/').split(sep).join('/');
  runGit(repo, ['add', '--', path]);
  runGit(repo, ['commit', '--quiet', '--only', '-m', message, ...(author === undefined ? [] : ['--author', author]), '--', path], {
    env: committerOf(repo, author),
  });
  return runGit(repo, ['rev-parse', '--short', 'HEAD']).stdout.toString('utf8').trim();
}

/** Without a configured committer (a fresh machine, CI), the author commits too. */
function committerOf(repo: string, author: string | undefined): Record<string, string> {
  const match = author === undefined ? null : /^(.*?)\s*<([^>]*)>\s*$/.exec(author);
  if (match === null) return {};
  const configured = runGit(repo, ['config', 'user.email'], { allowFailure: true });
  if (configured.status === 0 && configured.stdout.length > 0) return {};
  return { GIT_COMMITTER_NAME: match[1]!, GIT_COMMITTER_EMAIL: match[2]! };
}
