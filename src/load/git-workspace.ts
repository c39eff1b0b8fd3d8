// Load stage: a workspace as it was at a git revision, read from the repository's objects — no
// checkout, no worktree, nothing written; every file through one `git cat-file --batch` (readObjects).

import { relative, sep } from 'node:path';
import { readObjects } from './cat-file-batch.js';
import { requireRepository, resolveRevision, runGit } from './git.js';

export interface RevisionSource {
  repo: string;
  /** Full commit hash. */
  commit: string;
  /** The workspace folder relative to the repository root, '' at the root, with `/`. */
  prefix: string;
}

export function openRevision(workspaceRoot: string, rev: string): RevisionSource {
  const repo = requireRepository(workspaceRoot);
  const commit = resolveRevision(repo, rev);
  const prefix = relative(repo, workspaceRoot).split(sep).join('/');
  return { repo, commit, prefix };
}

/** Workspace-relative paths of every file of the workspace at the revision. */
export function listAtRevision(source: RevisionSource): string[] {
  const args = ['ls-tree', '-r', '-z', '--name-only', source.commit];
  if (source.prefix !== '') args.push('--', source.prefix);
  const out = runGit(source.repo, args).stdout.toString('utf8');
  const strip = source.prefix === '' ? 0 : source.prefix.length + 1;
  return out
    .split('\0')
    .filter((p) => p !== '')
    .map((p) => p.slice(strip));
}

/** The bytes of each workspace-relative path at the revision (absent when not there). */
export function readAtRevision(source: RevisionSource, rels: readonly string[]): Map<string, Buffer> {
  const full = (rel: string): string => (source.prefix === '' ? rel : `${source.prefix}/${rel}`);
  const blobs = new Map<string, Buffer>();
  readObjects(source.repo, rels.map((rel) => `${source.commit}:${full(rel)}`)).forEach((bytes, n) => {
    if (bytes !== undefined) blobs.set(rels[n]!, bytes);
  });
  return blobs;
}
