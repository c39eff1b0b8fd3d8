// CLI tests of `mentor log`: in-process, against real temporary git repositories.

import { mkdirSync, mkdtempSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildHistoryRepo, TempRepo, WORKSPACE } from '../history/git-fixture.js';
import { runInProcess } from './helpers.js';

interface LogJson {
  version: number;
  id: string | null;
  events: { kind: string; commit: string; date: string; author: string; file: string; item?: string }[];
  warnings: { kind: string; item: string; done_on: string; date: string; days: number }[];
}

describe('mentor log', () => {
  let repo: TempRepo;
  let ws: string;
  beforeAll(() => {
    repo = buildHistoryRepo();
    ws = join(repo.root, WORKSPACE);
  });
  afterAll(() => repo.remove());

  it("prints a teacher's history as a Russian table, through the rename, with the back-dated warning", async () => {
    const result = await runInProcess(['--lang', 'ru', 'log', 'ivanova-ma'], { cwd: join(ws, 'routes') });
    expect(result.stderr).toBe('');
    expect(result.exitCode).toBe(0);
    const rows = result.stdout.split('\n');
    expect(rows[0]).toMatch(/^Дата\s+Коммит\s+Автор\s+Файл\s+Мероприятие\s+Изменение$/);
    expect(result.stdout).toMatch(/15\.09\.2025 +[0-9a-f]{7} +Анна Петрова +routes\/2025-2026\/ivanva-ma\.yaml +docs-group +добавлено: запланировано/);
    expect(result.stdout).toContain('переименован, прежде: routes/2025-2026/ivanva-ma.yaml');
    expect(result.stdout).toMatch(/03\.10\.2025 .+Мария Иванова .+normative-fop +запланировано → выполнено 28\.09\.2025\n/);
    expect(result.stdout).toContain('запланировано → в работе');
    expect(result.stdout).toContain('⚠ отметка задним числом: выполнено 30.09.2025, записано 20.10.2025 (20 дней)');
    expect(result.stdout.match(/⚠/g)).toHaveLength(1);
    expect(result.stdout.trimEnd().split('\n').at(-1)).toBe('9 событий, 1 предупреждение');
  });

  it('prints JSON with events and warnings', async () => {
    const result = await runInProcess(['log', 'ivanova-ma', '--format', 'json'], { cwd: ws });
    expect(result.exitCode).toBe(0);
    const json = JSON.parse(result.stdout) as LogJson;
    expect(json.version).toBe(1);
    expect(json.id).toBe('ivanova-ma');
    expect(json.events).toHaveLength(9);
    expect(json.events[0]).toMatchObject({ kind: 'file-created', date: '2025-09-15', author: 'Анна Петрова', file: 'routes/2025-2026/ivanva-ma.yaml' });
    expect(json.warnings).toEqual([
      expect.objectContaining({ kind: 'back-dated', item: 'docs-group', done_on: '2025-09-30', date: '2025-10-20', days: 20 }),
    ]);
  });

  it('shows every route without an id, the deleted one up to its deletion', async () => {
    const result = await runInProcess(['log', '--workspace', ws], { cwd: tmpdir() });
    expect(result.exitCode).toBe(0);
    expect(result.stdout).toMatch(/2025-11-10 .+routes\/2025-2026\/sidorova-aa\.yaml +file deleted/);
    expect(result.stdout).not.toContain('mentors/');
  });

  it("shows a mentor's pairs", async () => {
    const result = await runInProcess(['--lang', 'ru', 'log', 'petrova-ov'], { cwd: ws });
    expect(result.exitCode).toBe(0);
    expect(result.stdout).toMatch(/sidorova-aa +пара завершена досрочно 10\.11\.2025: увольнение наставляемого/);
  });

  it('exits 1 for an id with no history, 2 for what is not an id', async () => {
    const unknown = await runInProcess(['log', 'nobody'], { cwd: ws });
    expect(unknown.exitCode).toBe(1);
    expect(unknown.stderr).toContain('"nobody" has no history in git');
    expect(unknown.stdout).toBe('');
    const typo = await runInProcess(['--lang', 'ru', 'log', 'ivanova-mx'], { cwd: ws });
    expect(typo.exitCode).toBe(1);
    expect(typo.stderr).toContain('ни в одном коммите. Может быть, «ivanova-ma»?');
    expect((await runInProcess(['log', '2025-2026/ivanova-mx'], { cwd: ws })).stderr).toContain('Did you mean "ivanova-ma"?');
    const bad = await runInProcess(['log', 'Иванова'], { cwd: ws });
    expect(bad.exitCode).toBe(2);
    expect(bad.stderr).toContain('"Иванова" is neither a teacher id');
  });
});

describe('mentor log outside a repository', () => {
  let dir: string;
  beforeAll(() => {
    dir = realpathSync(mkdtempSync(join(tmpdir(), 'mentor-log-cli-')));
    mkdirSync(join(dir, 'solnyshko'));
    writeFileSync(join(dir, 'solnyshko', 'mentor.yaml'), 'organization: {}\n');
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('exits 2 naming the folder', async () => {
    const result = await runInProcess(['log'], { cwd: join(dir, 'solnyshko'), env: { GIT_CEILING_DIRECTORIES: tmpdir() } });
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toContain(join(dir, 'solnyshko'));
    expect(result.stderr).toContain('not in a git repository');
    expect(result.stdout).toBe('');
  });
});
