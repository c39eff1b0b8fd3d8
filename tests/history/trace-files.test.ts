// Unit tests of following files through commits: renames, deletions, files made again.

import { describe, expect, it } from 'vitest';
import { traceFiles } from '../../src/history/trace-files.js';
import type { Commit, FileChange } from '../../src/history/types.js';

let n = 0;
const commit = (...changes: FileChange[]): Commit => {
  n += 1;
  return { hash: String(n).repeat(40), short: String(n), author: 'A', time: '', date: '2025-09-01', subject: '', changes };
};

describe('traceFiles', () => {
  it('keeps one line through renames, with every name', () => {
    const lines = traceFiles([
      commit({ status: 'A', path: 'routes/2024-2025/x.yaml', blob: '1' }),
      commit({ status: 'R', oldPath: 'routes/2024-2025/x.yaml', path: 'routes/2025-2026/x.yaml', blob: '2' }),
      commit({ status: 'M', path: 'routes/2025-2026/x.yaml', blob: '3' }),
      commit({ status: 'R', oldPath: 'routes/2025-2026/x.yaml', path: 'routes/2025-2026/y.yaml', blob: '3' }),
    ]);
    expect(lines).toHaveLength(1);
    expect(lines[0]!.versions.map((v) => [v.commit, v.change, v.path, v.blob])).toEqual([
      [0, 'created', 'routes/2024-2025/x.yaml', '1'],
      [1, 'renamed', 'routes/2025-2026/x.yaml', '2'],
      [2, 'modified', 'routes/2025-2026/x.yaml', '3'],
      [3, 'renamed', 'routes/2025-2026/y.yaml', '3'],
    ]);
    expect(lines[0]!.versions[3]!.oldPath).toBe('routes/2025-2026/x.yaml');
    expect([...lines[0]!.paths]).toEqual(['routes/2024-2025/x.yaml', 'routes/2025-2026/x.yaml', 'routes/2025-2026/y.yaml']);
  });

  it('ends a line at a deletion and takes it up again when the file comes back', () => {
    const lines = traceFiles([
      commit({ status: 'A', path: 'teachers/a.yaml', blob: '1' }),
      commit({ status: 'D', path: 'teachers/a.yaml' }),
      commit({ status: 'A', path: 'teachers/a.yaml', blob: '2' }),
    ]);
    expect(lines).toHaveLength(1);
    expect(lines[0]!.versions.map((v) => v.change)).toEqual(['created', 'deleted', 'restored']);
    expect(lines[0]!.versions[1]!.blob).toBeUndefined();
  });

  it('tells a rename a→b from a new a made in the same commit', () => {
    const lines = traceFiles([
      commit({ status: 'A', path: 'routes/y/a.yaml', blob: '1' }),
      commit({ status: 'A', path: 'routes/y/a.yaml', blob: '9' }, { status: 'R', oldPath: 'routes/y/a.yaml', path: 'routes/y/b.yaml', blob: '1' }),
    ]);
    expect(lines.map((l) => l.versions.map((v) => `${v.change} ${v.path}`))).toEqual([
      ['created routes/y/a.yaml', 'renamed routes/y/b.yaml'],
      ['created routes/y/a.yaml'],
    ]);
  });

  it('starts a line for a file first seen modified (a shallow history)', () => {
    const lines = traceFiles([commit({ status: 'M', path: 'routes/y/c.yaml', blob: '1' })]);
    expect(lines[0]!.versions[0]!.change).toBe('created');
  });
});
