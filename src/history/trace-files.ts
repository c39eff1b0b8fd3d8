// History stage: follow each record file through the commits — renames keep its line, a deletion
// ends it, a later file of the same name takes it up again. Pure.

import type { Commit, VersionChange } from './types.js';

/** One version of a file as git names it: the commit (by index), the path, the blob to read. */
export interface TracedVersion {
  commit: number;
  change: VersionChange;
  path: string;
  oldPath?: string;
  blob?: string;
}

/** A file's line of versions, oldest first; `paths` holds every name it had. */
export interface FileLine {
  versions: TracedVersion[];
  paths: Set<string>;
}

/** Lines of every file the commits touch, in the order each first appeared. */
export function traceFiles(commits: readonly Commit[]): FileLine[] {
  const lines: FileLine[] = [];
  const live = new Map<string, FileLine>();
  const deleted = new Map<string, FileLine>();
  const open = (): FileLine => {
    const line: FileLine = { versions: [], paths: new Set() };
    lines.push(line);
    return line;
  };
  const add = (line: FileLine, version: TracedVersion): void => {
    line.versions.push(version);
    line.paths.add(version.path);
  };
  commits.forEach((commit, index) => {
    // Sources first, then destinations: a commit may rename a→b and add a new a in one go.
    const sources = commit.changes.map((c) => live.get(c.status === 'R' ? (c.oldPath ?? c.path) : c.path));
    for (const c of commit.changes) {
      if (c.status === 'R') live.delete(c.oldPath ?? c.path);
      if (c.status === 'D') live.delete(c.path);
    }
    commit.changes.forEach((c, n) => {
      const source = sources[n];
      const base = { commit: index, path: c.path, ...(c.blob === undefined ? {} : { blob: c.blob }) };
      if (c.status === 'D') {
        const line = source ?? open();
        add(line, { ...base, change: 'deleted' });
        deleted.set(c.path, line);
      } else if (c.status === 'R') {
        const line = source ?? open();
        add(line, { ...base, change: line.versions.length === 0 ? 'created' : 'renamed', oldPath: c.oldPath ?? c.path });
        live.set(c.path, line);
      } else if (c.status === 'A' || c.status === 'C' || source === undefined) {
        const revived = live.get(c.path) ?? deleted.get(c.path);
        const line = revived ?? open();
        const change = revived === undefined ? 'created' : revived === live.get(c.path) ? 'modified' : 'restored';
        add(line, { ...base, change });
        deleted.delete(c.path);
        live.set(c.path, line);
      } else {
        add(source, { ...base, change: 'modified' });
      }
    });
  });
  return lines;
}
