// History stage: read the output of `git log -z --raw` (LOG_FORMAT) into commits — pure, no git.

import type { ChangeStatus, Commit, FileChange } from './types.js';

/** Each commit starts with RS; its fields are split by US. With -z, the header ends in NUL. */
export const LOG_FORMAT = '%x1e%H%x1f%an%x1f%aI%x1f%s';

const COMMIT_START = '\x1e';
const FIELD = '\x1f';
const STATUSES = new Set<string>(['A', 'M', 'D', 'R', 'C', 'T']);

/**
 * With -z every path is its own NUL-ended token, never quoted, so names in Cyrillic, with spaces
 * or with quotes come through as they are. A raw entry is `:mode mode blob blob STATUS` followed by
 * one path, or two for renames and copies. Unknown statuses (U, X) are skipped with their path.
 */
export function parseGitLog(text: string): Commit[] {
  const tokens = text.split('\0');
  const commits: Commit[] = [];
  let current: Commit | undefined;
  let i = 0;
  while (i < tokens.length) {
    const token = trimNewline(tokens[i++]!);
    if (token.startsWith(COMMIT_START)) {
      current = parseHeader(token.slice(1));
      commits.push(current);
    } else if (token.startsWith(':') && current !== undefined) {
      const fields = token.slice(1).split(' ');
      const letter = (fields[4] ?? '').charAt(0);
      const blob = fields[3] ?? '';
      const paths = letter === 'R' || letter === 'C' ? 2 : 1;
      const names = tokens.slice(i, i + paths);
      i += paths;
      if (!STATUSES.has(letter) || names.length < paths) continue;
      current.changes.push(change(letter as ChangeStatus, names, blob));
    }
  }
  return shortenHashes(commits);
}

/**
 * Short hashes of at least 7 digits, unique among these commits. Not %h: with --no-abbrev (for
 * the full blob ids), git prints %h in full.
 */
function shortenHashes(commits: Commit[]): Commit[] {
  let length = 7;
  while (length < 40 && new Set(commits.map((c) => c.hash.slice(0, length))).size < commits.length) length++;
  for (const commit of commits) commit.short = commit.hash.slice(0, length);
  return commits;
}

function parseHeader(header: string): Commit {
  const [hash = '', author = '', time = '', ...subject] = header.split(FIELD);
  return { hash, short: hash, author, time, date: time.slice(0, 10), subject: subject.join(FIELD), changes: [] };
}

function change(status: ChangeStatus, names: string[], blob: string): FileChange {
  const found: FileChange = { status, path: names[names.length - 1]! };
  if (names.length === 2) found.oldPath = names[0]!;
  if (status !== 'D' && !/^0+$/.test(blob)) found.blob = blob;
  return found;
}

/** Git ends the header line and each commit's block with a newline before the next token. */
function trimNewline(token: string): string {
  return token.startsWith('\n') ? token.slice(1) : token;
}
