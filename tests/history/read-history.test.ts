// Git tests of reading a history: real temporary repositories, commits at controlled dates.

import { mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GitError } from '../../src/load/git.js';
import { readHistory } from '../../src/history/read-history.js';
import { parseLogTarget, type LogTarget } from '../../src/history/record-path.js';
import type { LogEntry } from '../../src/history/types.js';
import { buildHistoryRepo, TempRepo, WORKSPACE } from './git-fixture.js';

const target = (text: string): LogTarget => parseLogTarget(text)!;

/** Entries without the commit hashes, which differ from run to run. */
const stable = (entries: LogEntry[]): Omit<LogEntry, 'commit'>[] => entries.map(({ commit: _c, ...rest }) => rest);

describe('readHistory on a repository with renames and deletions', () => {
  let repo: TempRepo;
  let ws: string;
  beforeAll(() => {
    repo = buildHistoryRepo();
    ws = join(repo.root, WORKSPACE);
  });
  afterAll(() => repo.remove());

  it("follows a teacher's route through its rename, with the back-dated mark", async () => {
    const entries = await readHistory(ws, target('ivanova-ma'));
    const anna = { author: 'Анна Петрова' };
    const oldRoute = 'routes/2025-2026/ivanva-ma.yaml';
    const route = 'routes/2025-2026/ivanova-ma.yaml';
    expect(stable(entries)).toEqual([
      { ...anna, date: '2025-09-15', file: oldRoute, kind: 'file-created' },
      { ...anna, date: '2025-09-15', file: oldRoute, kind: 'item-added', item: 'normative-fop', to: 'planned' },
      { ...anna, date: '2025-09-15', file: oldRoute, kind: 'item-added', item: 'family-meeting', to: 'planned' },
      { ...anna, date: '2025-09-15', file: oldRoute, kind: 'item-added', item: 'docs-group', to: 'planned' },
      { ...anna, date: '2025-09-15', file: 'teachers/ivanova-ma.yaml', kind: 'file-created' },
      { ...anna, date: '2025-09-20', file: route, kind: 'file-renamed', from: oldRoute, to: route },
      { author: 'Мария Иванова', date: '2025-10-03', file: route, kind: 'status-changed', item: 'normative-fop', from: 'planned', to: 'done', done_on: '2025-09-28' },
      { author: 'Мария Иванова', date: '2025-10-03', file: route, kind: 'status-changed', item: 'family-meeting', from: 'planned', to: 'in_progress' },
      { ...anna, date: '2025-10-20', file: route, kind: 'status-changed', item: 'docs-group', from: 'planned', to: 'done', done_on: '2025-09-30' },
      { ...anna, date: '2025-10-20', file: route, kind: 'back-dated', item: 'docs-group', done_on: '2025-09-30', days: 20 },
    ]);
    expect(entries.every((e) => /^[0-9a-f]{7}$/.test(e.commit))).toBe(true);
  });

  it("shows a deleted route up to its deletion, and the teacher's leaving date", async () => {
    const entries = await readHistory(ws, target('sidorova-aa'));
    expect(entries.map((e) => `${e.date} ${e.file} ${e.kind}`)).toEqual([
      '2025-09-15 teachers/sidorova-aa.yaml file-created',
      '2025-11-01 routes/2025-2026/sidorova-aa.yaml file-created',
      '2025-11-01 routes/2025-2026/sidorova-aa.yaml item-added',
      '2025-11-10 routes/2025-2026/sidorova-aa.yaml file-deleted',
      '2025-11-10 teachers/sidorova-aa.yaml left-set',
    ]);
    expect(entries.at(-1)).toMatchObject({ kind: 'left-set', to: '2025-11-30' });
  });

  it("gives a mentor's pairs from their file", async () => {
    const entries = await readHistory(ws, target('petrova-ov'));
    expect(entries.map((e) => ({ kind: e.kind, item: e.item, from: 'from' in e ? e.from : undefined, to: 'to' in e ? e.to : undefined }))).toEqual([
      { kind: 'file-created', item: undefined, from: undefined, to: undefined },
      { kind: 'pair-added', item: 'ivanova-ma', from: '2025-09-01', to: '2026-05-31' },
      { kind: 'pair-added', item: 'sidorova-aa', from: '2025-09-01', to: '2026-05-31' },
      { kind: 'pair-ended-early', item: 'sidorova-aa', from: undefined, to: '2025-11-10' },
    ]);
    expect(entries.at(-1)).toMatchObject({ reason: 'увольнение наставляемого', file: 'mentors/petrova-ov.yaml' });
  });

  it('without an id, gives every route and nothing else', async () => {
    const entries = await readHistory(ws, undefined);
    expect(new Set(entries.map((e) => e.file))).toEqual(
      new Set(['routes/2025-2026/ivanva-ma.yaml', 'routes/2025-2026/ivanova-ma.yaml', 'routes/2025-2026/sidorova-aa.yaml']),
    );
    expect(entries.filter((e) => e.kind === 'back-dated')).toHaveLength(1);
    // Commit order across files: sidorova-aa's route comes after ivanova-ma's last change.
    expect(entries.map((e) => e.date)).toEqual([...entries.map((e) => e.date)].sort());
  });

  it('takes one route as year/teacher', async () => {
    const entries = await readHistory(ws, target('2025-2026/sidorova-aa'));
    expect(new Set(entries.map((e) => e.file))).toEqual(new Set(['routes/2025-2026/sidorova-aa.yaml']));
  });

  it('reads every version with one git log and one git cat-file --batch', async () => {
    const trace = join(repo.root, '..', `${WORKSPACE}-trace-${process.pid}.txt`);
    process.env['GIT_TRACE'] = trace;
    try {
      await readHistory(ws, target('ivanova-ma'));
    } finally {
      delete process.env['GIT_TRACE'];
    }
    const commands = readFileSync(trace, 'utf8')
      .split('\n')
      .filter((line) => line.includes('trace: built-in: git'))
      .map((line) => line.replace(/^.*trace: built-in: git /, '').split(' ').filter((w) => !w.startsWith('-') && !w.includes('=')).at(0));
    rmSync(trace, { force: true });
    expect(commands.filter((c) => c === 'log')).toHaveLength(1);
    expect(commands.filter((c) => c === 'cat-file')).toHaveLength(1);
  });

  it('gives nothing for an id that was never committed', async () => {
    expect(await readHistory(ws, target('nobody'))).toEqual([]);
  });

  it('works from the repository root when the workspace is the root', async () => {
    const flat = new TempRepo();
    try {
      flat
        .write('mentor.yaml', 'organization: {}\n')
        .write('routes/2025-2026/ivanova-ma.yaml', 'teacher: ivanova-ma\nitems:\n  - { id: a, status: planned }\n')
        .commit('2025-09-01', 'A', 'first')
        .write('routes/2025-2026/ivanova-ma.yaml', 'teacher: ivanova-ma\nitems:\n  - { id: a, status: done, done_on: 2025-08-01 }\n')
        .commit('2025-09-16', 'A', 'second');
      const entries = await readHistory(flat.root, target('ivanova-ma'));
      expect(entries.map((e) => e.kind)).toEqual(['file-created', 'item-added', 'status-changed', 'back-dated']);
      expect(entries.at(-1)).toMatchObject({ days: 46 });
    } finally {
      flat.remove();
    }
  });
});

describe('readHistory on odd but real histories', () => {
  it('follows a move to a corrected year folder that edits the file too, with Cyrillic names about', async () => {
    const repo = new TempRepo();
    const items = (status: string): string =>
      'teacher: ivanova-ma\nmentor: petrova-ov\ngoal: |\n  Адаптация молодого педагога\n  и развитие компетенций\nitems:\n' +
      ['a', 'b', 'c', 'd'].map((id) => `  - id: ${id}\n    title: Мероприятие «${id}» с длинным названием\n    status: ${id === 'a' ? status : 'planned'}\n`).join('');
    try {
      repo
        .write('mentor.yaml', 'organization: {}\n')
        .write('routes/2024-2025/ivanova-ma.yaml', items('planned'))
        .write('routes/2025-2026/заметки «черновик».yaml', 'заметка: да\n')
        .commit('2025-09-01', 'Анна', 'first')
        .git('mv', 'routes/2024-2025/ivanova-ma.yaml', 'routes/2025-2026/ivanova-ma.yaml')
        .write('routes/2025-2026/ivanova-ma.yaml', items('in_progress'))
        .write('routes/2025-2026/заметки «черновик».yaml', 'заметка: нет\n')
        .commit('2025-09-10', 'Анна', 'year folder fixed');
      const entries = await readHistory(repo.root, target('ivanova-ma'));
      expect(entries.map((e) => `${e.file} ${e.kind}`)).toEqual([
        'routes/2024-2025/ivanova-ma.yaml file-created',
        ...['a', 'b', 'c', 'd'].map(() => 'routes/2024-2025/ivanova-ma.yaml item-added'),
        'routes/2025-2026/ivanova-ma.yaml file-renamed',
        'routes/2025-2026/ivanova-ma.yaml status-changed',
      ]);
      const all = await readHistory(repo.root, undefined);
      expect(all.filter((e) => e.file === 'routes/2025-2026/заметки «черновик».yaml').map((e) => e.kind)).toEqual(['file-created']);
    } finally {
      repo.remove();
    }
  });
});

describe('readHistory outside a history', () => {
  it('gives nothing in a repository without commits', async () => {
    const empty = new TempRepo();
    try {
      empty.write('mentor.yaml', 'organization: {}\n');
      expect(await readHistory(empty.root, undefined)).toEqual([]);
    } finally {
      empty.remove();
    }
  });

  it('throws GitError not-a-repository outside a repository', async () => {
    const dir = realpathSync(mkdtempSync(join(tmpdir(), 'mentor-log-norepo-')));
    const previous = process.env['GIT_CEILING_DIRECTORIES'];
    process.env['GIT_CEILING_DIRECTORIES'] = tmpdir();
    try {
      mkdirSync(join(dir, 'ws'));
      writeFileSync(join(dir, 'ws', 'mentor.yaml'), 'organization: {}\n');
      const failure = await readHistory(join(dir, 'ws'), undefined).catch((error: unknown) => error);
      expect(failure).toBeInstanceOf(GitError);
      expect(failure).toMatchObject({ kind: 'not-a-repository' });
    } finally {
      if (previous === undefined) delete process.env['GIT_CEILING_DIRECTORIES'];
      else process.env['GIT_CEILING_DIRECTORIES'] = previous;
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
