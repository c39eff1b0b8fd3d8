// History stage: the history of a teacher's records (or of every route) from git — one `git log`,
// one `git cat-file --batch`, then the pure stages: trace the files, parse, derive the events.

import { loadYamlParse, parseRecord, type YamlParse } from '../load/parse-record.js';
import { deriveEvents } from './derive-events.js';
import { hasCommits, readBlobs, readCommits, workspacePrefix } from './read-git.js';
import { belongsTo, foldersFor, type LogTarget } from './record-path.js';
import { traceFiles, type FileLine } from './trace-files.js';
import type { Commit, FileChange, FileVersion, LogEntry } from './types.js';

/** Throws GitError when the workspace is not in a repository or git is missing. */
export async function readHistory(workspaceRoot: string, target: LogTarget | undefined): Promise<LogEntry[]> {
  const prefix = workspacePrefix(workspaceRoot);
  if (!hasCommits(workspaceRoot)) return [];
  const inRepo = (folder: string): string => (prefix === '' ? folder : `${prefix}/${folder}`);
  const commits = relativeTo(prefix, readCommits(workspaceRoot, foldersFor(target).map(inRepo)));
  const lines = traceFiles(commits).filter((line) => [...line.paths].some((path) => belongsTo(path, target)));
  const blobs = [...new Set(lines.flatMap((line) => line.versions.flatMap((v) => (v.blob === undefined ? [] : [v.blob]))))];
  const values = await parseBlobs(readBlobs(workspaceRoot, blobs));
  return orderEntries(
    commits,
    lines.map((line) => deriveEvents(fileVersions(line, commits, values))),
  );
}

/** Paths relative to the workspace instead of the repository; anything outside it is dropped. */
function relativeTo(prefix: string, commits: Commit[]): Commit[] {
  if (prefix === '') return commits;
  const strip = (path: string): string | undefined => (path.startsWith(`${prefix}/`) ? path.slice(prefix.length + 1) : undefined);
  return commits.map((commit) => ({
    ...commit,
    changes: commit.changes.flatMap((change) => {
      const path = strip(change.path);
      if (path === undefined) return [];
      const moved: FileChange = { ...change, path };
      delete moved.oldPath;
      const oldPath = change.oldPath === undefined ? undefined : strip(change.oldPath);
      if (oldPath !== undefined) moved.oldPath = oldPath;
      return [moved];
    }),
  }));
}

/** Parsed records by blob id; a text that is not a YAML mapping has no entry. */
async function parseBlobs(texts: Map<string, string>): Promise<Map<string, Record<string, unknown>>> {
  const values = new Map<string, Record<string, unknown>>();
  let withYaml: YamlParse | undefined;
  for (const [id, text] of texts) {
    let parsed = parseRecord(text, id);
    if (parsed === undefined) {
      withYaml ??= await loadYamlParse();
      parsed = parseRecord(text, id, withYaml);
    }
    if (parsed !== undefined && 'value' in parsed) values.set(id, parsed.value);
  }
  return values;
}

function fileVersions(line: FileLine, commits: readonly Commit[], values: Map<string, Record<string, unknown>>): FileVersion[] {
  return line.versions.map((traced) => {
    const commit = commits[traced.commit]!;
    const version: FileVersion = {
      stamp: { commit: commit.short, date: commit.date, author: commit.author },
      change: traced.change,
      path: traced.path,
    };
    if (traced.oldPath !== undefined) version.oldPath = traced.oldPath;
    const value = traced.blob === undefined ? undefined : values.get(traced.blob);
    if (value !== undefined) version.value = value;
    return version;
  });
}

/** All files' entries in commit order; within a commit by file, each file's entries in their order. */
function orderEntries(commits: readonly Commit[], perFile: LogEntry[][]): LogEntry[] {
  const order = new Map(commits.map((commit, index) => [commit.short, index]));
  const rank = (entry: LogEntry): number => order.get(entry.commit) ?? 0;
  return perFile.flat().sort((a, b) => rank(a) - rank(b) || (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
}
