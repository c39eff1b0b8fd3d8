// Load stage: the provenance of a run's documents, asked of git (see model/provenance.ts).

import { relative, sep } from 'node:path';
import type { Provenance } from '../model/provenance.js';
import { repositoryRoot, runGit } from './git.js';
import type { RevisionSource } from './git-workspace.js';

const RECORD_PATHS = ['mentor.yaml', 'teachers', 'mentors', 'diagnostics', 'routes', 'catalog', 'templates', 'events', 'surveys', 'questionnaires', 'notes'];

export function readProvenance(workspaceRoot: string, version: string, revision?: RevisionSource, now: Date = new Date()): Provenance {
  const base = { generated: now.toISOString(), tool: 'mentor', tool_version: version };
  if (revision) return { ...base, in_repository: true, commit: revision.commit.slice(0, 7), dirty: false };
  const repo = repositoryRoot(workspaceRoot);
  if (repo === undefined) return { ...base, in_repository: false, commit: null, dirty: null };
  const head = runGit(repo, ['rev-parse', '--short', 'HEAD'], { allowFailure: true });
  const prefix = relative(repo, workspaceRoot).split(sep).join('/');
  // Only the records and templates count: not the documents in out/, not the rest of the repository.
  const inWorkspace = (path: string): string => (prefix === '' ? path : `${prefix}/${path}`);
  const status = runGit(repo, ['status', '--porcelain', '--untracked-files=normal', '--', ...RECORD_PATHS.map(inWorkspace)]);
  return {
    ...base,
    in_repository: true,
    commit: head.status === 0 ? head.stdout.toString('utf8').trim() : null,
    dirty: status.stdout.length > 0,
  };
}
