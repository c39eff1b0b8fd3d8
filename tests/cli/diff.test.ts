// CLI: the unified diff that `plan --dry-run` prints — in the format of `diff -u` and git.

import { describe, expect, it } from 'vitest';
import { unifiedDiff } from '../../src/cli/diff.js';

/** `count` numbered lines, "1\n2\n…". */
function numbered(count: number): string[] {
  return Array.from({ length: count }, (_, i) => String(i + 1));
}

const text = (lines: readonly string[]): string => `${lines.join('\n')}\n`;

describe('unifiedDiff', () => {
  it('is empty for equal texts', () => {
    expect(unifiedDiff('a\nb\n', 'a\nb\n', 'x.yaml', 'x.yaml')).toBe('');
  });

  it('shows a new file as one hunk of added lines from /dev/null', () => {
    expect(unifiedDiff('', 'teacher: a\nyear: "2025/2026"\n', '/dev/null', 'routes/2025-2026/a.yaml')).toBe(
      ['--- /dev/null', '+++ routes/2025-2026/a.yaml', '@@ -0,0 +1,2 @@', '+teacher: a', '+year: "2025/2026"', ''].join('\n'),
    );
  });

  it('shows a removed file as one hunk of removed lines', () => {
    expect(unifiedDiff('a\nb\n', '', 'x.yaml', '/dev/null')).toBe(['--- x.yaml', '+++ /dev/null', '@@ -1,2 +0,0 @@', '-a', '-b', ''].join('\n'));
  });

  it('shows three lines of context around a change, with the hunk’s line numbers', () => {
    const before = numbered(20);
    const after = before.filter((l) => l !== '10');
    expect(unifiedDiff(text(before), text(after), 'x', 'x')).toBe(
      ['--- x', '+++ x', '@@ -7,7 +7,6 @@', ' 7', ' 8', ' 9', '-10', ' 11', ' 12', ' 13', ''].join('\n'),
    );
  });

  it('shows the removed line before the added one, as diff -u and git do', () => {
    expect(unifiedDiff('a\nb\nc\n', 'a\nB\nc\n', 'x', 'x')).toBe(['--- x', '+++ x', '@@ -1,3 +1,3 @@', ' a', '-b', '+B', ' c', ''].join('\n'));
  });

  it('counts added lines in the new side only', () => {
    const before = numbered(6);
    const after = [...before.slice(0, 3), 'new 1', 'new 2', ...before.slice(3)];
    expect(unifiedDiff(text(before), text(after), 'x', 'x')).toBe(
      ['--- x', '+++ x', '@@ -1,6 +1,8 @@', ' 1', ' 2', ' 3', '+new 1', '+new 2', ' 4', ' 5', ' 6', ''].join('\n'),
    );
  });

  it('joins changes at most six unchanged lines apart into one hunk', () => {
    const before = numbered(10);
    const after = before.map((l) => (l === '2' || l === '9' ? `${l}!` : l));
    const hunks = unifiedDiff(text(before), text(after), 'x', 'x').split('\n').filter((l) => l.startsWith('@@'));
    expect(hunks).toEqual(['@@ -1,10 +1,10 @@']);
  });

  it('splits changes seven unchanged lines apart into two hunks', () => {
    const before = numbered(12);
    const after = before.map((l) => (l === '2' || l === '10' ? `${l}!` : l));
    const hunks = unifiedDiff(text(before), text(after), 'x', 'x').split('\n').filter((l) => l.startsWith('@@'));
    expect(hunks).toEqual(['@@ -1,5 +1,5 @@', '@@ -7,6 +7,6 @@']);
  });

  it('takes another amount of context when asked', () => {
    const before = numbered(9);
    const after = [...before.slice(0, 5), 'new', ...before.slice(5)];
    expect(unifiedDiff(text(before), text(after), 'x', 'x', 1)).toBe(['--- x', '+++ x', '@@ -5,2 +5,3 @@', ' 5', '+new', ' 6', ''].join('\n'));
  });

  it('shows a change of the final newline alone as a hunk, not as bare headers', () => {
    const diff = unifiedDiff('a\nb', 'a\nb\n', 'x', 'x');
    expect(diff).toContain('@@');
    expect(diff).toContain('\\ No newline at end of file');
  });

  it('gives the same diff for the same texts', () => {
    const before = text(numbered(30));
    const after = text(numbered(30).map((l) => (Number(l) % 7 === 0 ? `${l}*` : l)));
    expect(unifiedDiff(before, after, 'x', 'x')).toBe(unifiedDiff(before, after, 'x', 'x'));
  });
});
