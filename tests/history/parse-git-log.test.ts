// Unit tests of reading `git log -z --raw` output: NUL-separated paths, renames, Cyrillic names.

import { describe, expect, it } from 'vitest';
import { parseGitLog } from '../../src/history/parse-git-log.js';

const A = 'a'.repeat(40);
const B = 'b'.repeat(40);
const Z = '0'.repeat(40);
const header = (hash: string, author: string, time: string, subject: string): string =>
  `\x1e${hash}\x1f${author}\x1f${time}\x1f${subject}\0`;
const raw = (status: string, blob: string, ...paths: string[]): string =>
  `\n:100644 100644 ${A} ${blob} ${status}\0${paths.map((p) => `${p}\0`).join('')}`;

describe('parseGitLog', () => {
  it('reads commits with their changes, renames with both paths', () => {
    const text =
      header('1'.repeat(40), 'Анна Петрова', '2025-09-15T12:00:00+03:00', 'Первый: ИОМ') +
      raw('A', A, 'сад/routes/2025-2026/ivanva-ma.yaml').slice(0, -1) +
      `\0:000000 100644 ${Z} ${B} A\0документы/план с пробелом.yaml\0` +
      header('2'.repeat(40), 'B', '2025-09-20T00:30:00+03:00', 'rename') +
      raw('R097', B, 'сад/routes/2025-2026/ivanva-ma.yaml', 'сад/routes/2025-2026/ivanova-ma.yaml') +
      header('3'.repeat(40), 'C', '2025-09-21T10:00:00Z', 'delete') +
      raw('D', Z, 'сад/teachers/x.yaml');
    const commits = parseGitLog(text);
    expect(commits.map((c) => [c.short, c.author, c.date, c.subject])).toEqual([
      ['1111111', 'Анна Петрова', '2025-09-15', 'Первый: ИОМ'],
      ['2222222', 'B', '2025-09-20', 'rename'],
      ['3333333', 'C', '2025-09-21', 'delete'],
    ]);
    expect(commits[0]!.changes).toEqual([
      { status: 'A', path: 'сад/routes/2025-2026/ivanva-ma.yaml', blob: A },
      { status: 'A', path: 'документы/план с пробелом.yaml', blob: B },
    ]);
    expect(commits[1]!.changes).toEqual([
      { status: 'R', oldPath: 'сад/routes/2025-2026/ivanva-ma.yaml', path: 'сад/routes/2025-2026/ivanova-ma.yaml', blob: B },
    ]);
    expect(commits[2]!.changes).toEqual([{ status: 'D', path: 'сад/teachers/x.yaml' }]);
  });

  it('keeps a commit without changes and a subject holding the field separator', () => {
    const text = header('4'.repeat(40), 'D', '2025-10-01T09:00:00+00:00', 'odd\x1fsubject') + header('5'.repeat(40), 'E', '2025-10-02T09:00:00+00:00', 'next');
    const commits = parseGitLog(text);
    expect(commits.map((c) => [c.subject, c.changes.length])).toEqual([
      ['odd\x1fsubject', 0],
      ['next', 0],
    ]);
  });

  it('skips statuses it does not know, with their path', () => {
    const text = header('6'.repeat(40), 'F', '2025-10-03T09:00:00+00:00', 's') + raw('U', B, 'routes/a.yaml') + raw('M', B, 'routes/b.yaml');
    expect(parseGitLog(text)[0]!.changes).toEqual([{ status: 'M', path: 'routes/b.yaml', blob: B }]);
  });

  it('shortens hashes to 7 digits, or more when two listed commits share 7', () => {
    const text = header('abcdef01'.repeat(5), 'A', '2025-10-01T09:00:00+00:00', 's') + header(`abcdef0${'2'.repeat(33)}`, 'B', '2025-10-02T09:00:00+00:00', 't');
    expect(parseGitLog(text).map((c) => c.short)).toEqual(['abcdef01', 'abcdef02']);
  });

  it('reads nothing from no output', () => {
    expect(parseGitLog('')).toEqual([]);
  });
});
