// CLI tests against real temporary git repositories: --rev, --changed and provenance.

import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXAMPLE, runInProcess, tempWorkspace } from './helpers.js';

const TODAY = ['--today', '2026-03-20'];

function git(repo: string, ...args: string[]): string {
  return execFileSync('git', args, {
    cwd: repo,
    encoding: 'utf8',
    env: { ...process.env, GIT_AUTHOR_NAME: 'Методист', GIT_AUTHOR_EMAIL: 'm@example.org', GIT_COMMITTER_NAME: 'Методист', GIT_COMMITTER_EMAIL: 'm@example.org' },
  }).trim();
}

/**
 * A repository whose workspace lives in a subfolder, with history:
 * v1 the example; v2 a misspelt mentee; v3 the typo fixed, a record renamed, one deleted, a
 * stray Cyrillic file name. Built once per file (git is slow to start); each test gets a copy.
 */
function buildRepository(repo: string): void {
  const ws = join(repo, 'наставничество');
  cpSync(EXAMPLE, ws, { recursive: true });
  git(repo, 'init', '-q', '-b', 'main');
  git(repo, 'add', '-A');
  git(repo, 'commit', '-qm', 'v1');
  git(repo, 'tag', 'v1');
  const mentor = join(ws, 'mentors', 'petrova-ov.yaml');
  writeFileSync(mentor, readFileSync(mentor, 'utf8').replace('mentee: ivanova-ma', 'mentee: ivanova-mx'));
  git(repo, 'commit', '-qam', 'v2: a typo');
  git(repo, 'tag', 'v2');
  writeFileSync(mentor, readFileSync(mentor, 'utf8').replace('mentee: ivanova-mx', 'mentee: ivanova-ma'));
  writeFileSync(join(ws, 'teachers', 'заметки.txt'), 'черновик\n');
  renameSync(join(ws, 'catalog', 'family.yaml'), join(ws, 'catalog', 'family-old.yaml'));
  git(repo, 'add', '-A');
  git(repo, 'commit', '-qm', 'v3: fixed, renamed, a note');
  git(repo, 'tag', 'v3');
}

let built = '';
beforeAll(() => {
  built = mkdtempSync(join(tmpdir(), 'mentor-git-test-'));
  buildRepository(built);
});
afterAll(() => rmSync(built, { recursive: true, force: true }));

/** A fresh copy of that repository, its history and working tree: returns it and its workspace. */
function repository(): { repo: string; ws: string } {
  const repo = tempWorkspace(built);
  return { repo, ws: join(repo, 'наставничество') };
}

describe('--rev', () => {
  it('validates a revision whose records differ from the working tree, without touching it', async () => {
    const { repo, ws } = repository();
    const head = git(repo, 'rev-parse', 'HEAD');
    const before = git(repo, 'status', '--porcelain');
    const old = await runInProcess(['validate', '--rev', 'v2', ...TODAY], { cwd: ws });
    expect(old.exitCode).toBe(1);
    expect(old.stdout).toMatch(/^mentors\/petrova-ov\.yaml:\d+:\d+: error \[unknown-reference\]/m);
    // The working tree (v3) has a renamed catalog file and a stray note, but not the typo.
    const now = await runInProcess(['validate', ...TODAY], { cwd: ws });
    expect(now.stdout).not.toContain('unknown-reference');
    expect(now.stdout).toContain('id-file-mismatch');
    expect(now.stdout).toMatch(/^teachers\/заметки\.txt:1:1: warning \[unknown-file\]/m);
    const first = await runInProcess(['validate', '--rev', 'v1', ...TODAY], { cwd: ws });
    expect(first).toMatchObject({ exitCode: 0, stdout: 'No problems in 42 files\n' });
    expect(git(repo, 'rev-parse', 'HEAD')).toBe(head);
    expect(git(repo, 'status', '--porcelain')).toBe(before);
  });

  it('reads a deleted record at the revision that still had it', async () => {
    const { repo, ws } = repository();
    rmSync(join(ws, 'teachers', 'lebedev-ai.yaml'));
    git(repo, 'commit', '-qam', 'v4: deleted');
    const files = async (args: string[]): Promise<number> =>
      (JSON.parse((await runInProcess(['validate', '--format', 'json', ...TODAY, ...args], { cwd: ws })).stdout) as { summary: { files: number } }).summary.files;
    expect(await files([])).toBe(41);
    expect(await files(['--rev', 'v3'])).toBe(42);
  });

  it('makes the report and the route documents of a past revision', async () => {
    const { ws } = repository();
    const report = await runInProcess(['report', '--rev', 'v1', '--format', 'json', ...TODAY], { cwd: ws });
    expect(report.exitCode).toBe(0);
    expect(JSON.parse(report.stdout)).toMatchObject({ provenance: { in_repository: true, dirty: false } });
    const render = await runInProcess(['render', 'route', 'ivanova-ma', '--rev', 'v1', ...TODAY], { cwd: ws });
    expect(render.exitCode).toBe(0);
    const plan = await runInProcess(['plan', '--rev', 'v1', ...TODAY], { cwd: ws });
    expect(plan.exitCode).toBe(2);
    const dry = await runInProcess(['plan', '--rev', 'v1', '--dry-run', ...TODAY], { cwd: ws });
    expect(dry.stdout).toContain('--- /dev/null');
  });

  it('explains a revision that does not exist, a folder outside git, and a missing git (exit 2)', async () => {
    const { ws } = repository();
    const bad = await runInProcess(['validate', '--rev', 'no-such-tag', ...TODAY], { cwd: ws });
    expect(bad).toMatchObject({ exitCode: 2 });
    expect(bad.stderr).toContain('The revision "no-such-tag" does not exist');
    const outside = tempWorkspace();
    const noRepo = await runInProcess(['validate', '--rev', 'HEAD', ...TODAY], { cwd: outside });
    expect(noRepo.exitCode).toBe(2);
    expect(noRepo.stderr).toContain('is not in a git repository');
    const noGit = await runInProcess(['validate', '--rev', 'HEAD', ...TODAY], { cwd: ws, env: { PATH: '/nonexistent' } });
    expect(noGit.exitCode).toBe(2);
    expect(noGit.stderr).toContain('git is not installed');
  });
});

describe('--changed', () => {
  type Json = { problems: { file: string; rule: string }[] };
  const problemsOf = (stdout: string): { file: string; rule: string }[] => (JSON.parse(stdout) as Json).problems;

  it('shows the problems new against the base, committed or not, and says how many old ones it left out', async () => {
    const { repo, ws } = repository();
    git(repo, 'checkout', '-q', '-b', 'feature');
    const teacher = join(ws, 'teachers', 'belova-as.yaml');
    writeFileSync(teacher, readFileSync(teacher, 'utf8').replace('category: none', 'category: nonsense'));
    git(repo, 'commit', '-qam', 'a wrong category');
    writeFileSync(join(ws, 'teachers', 'new-one.yaml'), 'id: new-one\n');
    const result = await runInProcess(['validate', '--changed', '--format', 'json', ...TODAY], { cwd: ws });
    expect(result.exitCode).toBe(1);
    expect(new Set(problemsOf(result.stdout).map((p) => p.file))).toEqual(new Set(['teachers/belova-as.yaml', 'teachers/new-one.yaml']));
    // The v3 problems (renamed catalog, stray note) were there at the base: counted, not shown.
    const base = git(repo, 'rev-parse', '--short=7', 'main');
    expect(result.stderr).toBe(`Compared with ${base}: only new problems are shown; 2 old problems not shown.\n`);
    const text = await runInProcess(['validate', '--changed', ...TODAY], { cwd: ws });
    expect(text.stdout).toContain(`Compared with ${base}: only new problems are shown; 2 old problems not shown.\n`);
    expect(text.stdout).not.toContain('id-file-mismatch');
    const sinceV1 = await runInProcess(['validate', '--changed', '--base', 'v1', '--format', 'json', ...TODAY], { cwd: ws });
    expect(problemsOf(sinceV1.stdout).map((p) => p.rule)).toContain('id-file-mismatch');
  });

  it('reports a problem the change causes in a file it did not touch (a deleted pair)', async () => {
    const { repo, ws } = repository();
    git(repo, 'checkout', '-q', '-b', 'feature');
    const mentor = join(ws, 'mentors', 'petrova-ov.yaml');
    const text = readFileSync(mentor, 'utf8');
    // Her only pair, with ivanova-ma, deleted.
    writeFileSync(mentor, `${text.slice(0, text.indexOf('pairs:'))}pairs: []\n`);
    git(repo, 'commit', '-qam', 'pair deleted');
    const full = await runInProcess(['validate', '--format', 'json', ...TODAY], { cwd: ws });
    expect(problemsOf(full.stdout).map((p) => p.rule)).toContain('route-without-pair');
    const changed = await runInProcess(['validate', '--changed', '--format', 'json', ...TODAY], { cwd: ws });
    expect(changed.exitCode).toBe(1);
    expect(problemsOf(changed.stdout)).toContainEqual(expect.objectContaining({ file: 'routes/2025-2026/ivanova-ma.yaml', rule: 'route-without-pair' }));
    // The JUnit view lists that file too, though the change did not touch it.
    const junit = await runInProcess(['validate', '--changed', '--format', 'junit', ...TODAY], { cwd: ws });
    expect(junit.stdout).toContain('routes/2025-2026/ivanova-ma.yaml');
  });

  it('follows a renamed file: its old problems stay old', async () => {
    const { repo, ws } = repository();
    const teacher = join(ws, 'teachers', 'lebedev-ai.yaml');
    writeFileSync(teacher, `${readFileSync(teacher, 'utf8')}hobby: футбол\n`);
    git(repo, 'commit', '-qam', 'v4: an old mistake');
    git(repo, 'checkout', '-q', '-b', 'feature');
    git(ws, 'mv', 'teachers/lebedev-ai.yaml', 'teachers/lebedev-ai-2025.yaml');
    git(ws, 'mv', 'teachers/заметки.txt', 'teachers/черновик.txt');
    git(repo, 'commit', '-qm', 'renamed');
    const result = await runInProcess(['validate', '--changed', '--format', 'json', ...TODAY], { cwd: ws });
    expect(result.exitCode).toBe(0);
    expect(problemsOf(result.stdout)).toEqual([]);
    expect(result.stderr).toContain('3 old problems not shown');
    // A full run still sees the old mistake, now in the renamed file.
    const full = await runInProcess(['validate', '--format', 'json', ...TODAY], { cwd: ws });
    expect(problemsOf(full.stdout)).toContainEqual(expect.objectContaining({ file: 'teachers/lebedev-ai-2025.yaml', rule: 'schema-unknown-field' }));
  });

  it('passes an unchanged workspace with old problems, and is quiet about it with --quiet', async () => {
    const { repo, ws } = repository();
    git(repo, 'checkout', '-q', '-b', 'feature');
    git(repo, 'commit', '-q', '--allow-empty', '-m', 'nothing');
    const result = await runInProcess(['validate', '--changed', ...TODAY], { cwd: ws });
    expect(result.exitCode).toBe(0);
    expect(result.stdout).toMatch(/only new problems are shown; 2 old problems not shown\.\nNo problems in 42 files\n$/);
    const quiet = await runInProcess(['validate', '--changed', '--quiet', ...TODAY], { cwd: ws });
    expect(quiet).toMatchObject({ exitCode: 0, stdout: '', stderr: '' });
  });

  it('refuses a base equal to HEAD (a shallow CI clone) and a clone with no base, saying to fetch the history', async () => {
    const { repo, ws } = repository();
    const same = await runInProcess(['validate', '--changed', ...TODAY], { cwd: ws });
    expect(same.exitCode).toBe(2);
    expect(same.stderr).toMatch(/^--changed: the base is the current commit \([0-9a-f]{7}\).*fetch-depth: 0/);
    expect(same.stderr.trim().split('\n')).toHaveLength(1);
    const shallow = tempWorkspace(null);
    git(shallow, 'clone', '-q', '--depth', '1', `file://${repo}`, 'clone');
    git(join(shallow, 'clone'), 'checkout', '-q', '-b', 'feature');
    git(join(shallow, 'clone'), 'branch', '-q', '-D', 'main');
    git(join(shallow, 'clone'), 'update-ref', '-d', 'refs/remotes/origin/main');
    git(join(shallow, 'clone'), 'remote', 'set-head', 'origin', '-d');
    const none = await runInProcess(['validate', '--changed', ...TODAY], { cwd: join(shallow, 'clone', 'наставничество') });
    expect(none.exitCode).toBe(2);
    expect(none.stderr).toContain('fetch-depth: 0');
  });
});

describe('provenance', () => {
  it('names the commit and uncommitted changes of the records; says so outside git', async () => {
    const { repo, ws } = repository();
    const short = git(repo, 'rev-parse', '--short', 'HEAD');
    // Fix the v3 problems so that documents can be made.
    renameSync(join(ws, 'catalog', 'family-old.yaml'), join(ws, 'catalog', 'family.yaml'));
    rmSync(join(ws, 'teachers', 'заметки.txt'));
    git(repo, 'add', '-A');
    git(repo, 'commit', '-qm', 'v5: clean');
    const clean = git(repo, 'rev-parse', '--short', 'HEAD');
    expect(clean).not.toBe(short);
    const report = JSON.parse((await runInProcess(['report', '--format', 'json', ...TODAY], { cwd: ws })).stdout) as { provenance: Record<string, unknown> };
    expect(report.provenance).toMatchObject({ in_repository: true, commit: clean, dirty: false, tool: 'mentor' });
    const teacher = join(ws, 'teachers', 'ivanova-ma.yaml');
    writeFileSync(teacher, `${readFileSync(teacher, 'utf8')}# правка\n`);
    const md = (await runInProcess(['report', '--format', 'md', ...TODAY], { cwd: ws })).stdout;
    expect(md).toContain(`версия данных ${clean} (с последующими правками)`);
    await runInProcess(['render', 'route', 'ivanova-ma', ...TODAY], { cwd: ws });
    expect(readFileSync(join(ws, 'out', 'route-ivanova-ma-2025-2026.html'), 'utf8')).toContain(`версия данных ${clean}`);
    const outside = await runInProcess(['report', '--format', 'json', ...TODAY], { cwd: tempWorkspace() });
    expect(JSON.parse(outside.stdout)).toMatchObject({ provenance: { in_repository: false, commit: null, dirty: null } });
  });
});
