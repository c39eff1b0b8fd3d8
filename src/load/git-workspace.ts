// Load stage: a workspace as it was at a git revision, read from the repository's objects — no
// checkout, no worktree, nothing written; every file through one `git cat-file --batch`.

import { relative, sep } from 'node:path';
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
  const blobs = new Map<string, Buffer>();
  if (rels.length === 0) return blobs;
  const full = (rel: string): string => (source.prefix === '' ? rel : `${source.prefix}/${rel}`);
  const input = rels.map((rel) => `${source.commit}:${full(rel)}\n`).join('');
  const out = runGit(source.repo, ['cat-file', '--batch'], { input }).stdout;
  let offset = 0;
  for (const rel of rels) {
    const eol = out.indexOf(0x0a, offset);
    if (eol < 0) break;
    const header = out.subarray(offset, eol).toString('utf8');
    offset = eol + 1;
    const match = /^[0-9a-f]+ (\w+) (\d+)$/.exec(header);
    if (!match) continue; // "<name> missing": not at this revision
    const size = Number(match[2]);
    if (match[1] === 'blob') blobs.set(rel, out.subarray(offset, offset + size));
    offset += size + 1;
  }
  return blobs;
}
