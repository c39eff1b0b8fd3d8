// CLI tests against real temporary git repositories: --rev, --changed and provenance.

import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXAMPLE, runMentor, tempWorkspace } from './helpers.js';

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
 * stray Cyrillic file name. Returns the repository and the workspace.
 */
function repository(): { repo: string; ws: string } {
  const repo = tempWorkspace(null);
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
  return { repo, ws };
}

describe('--rev', () => {
  it('validates a revision whose records differ from the working tree, without touching it', () => {
    const { repo, ws } = repository();
    const head = git(repo, 'rev-parse', 'HEAD');
    const before = git(repo, 'status', '--porcelain');
    const old = runMentor(['validate', '--rev', 'v2', ...TODAY], { cwd: ws });
    expect(old.exitCode).toBe(1);
    expect(old.stdout).toMatch(/^mentors\/petrova-ov\.yaml:\d+:\d+: error \[unknown-reference\]/m);
    // The working tree (v3) has a renamed catalog file and a stray note, but not the typo.
    const now = runMentor(['validate', ...TODAY], { cwd: ws });
    expect(now.stdout).not.toContain('unknown-reference');
    expect(now.stdout).toContain('id-file-mismatch');
    expect(now.stdout).toMatch(/^teachers\/заметки\.txt:1:1: warning \[unknown-file\]/m);
    const first = runMentor(['validate', '--rev', 'v1', ...TODAY], { cwd: ws });
    expect(first).toMatchObject({ exitCode: 0, stdout: 'No problems in 32 files\n' });
    expect(git(repo, 'rev-parse', 'HEAD')).toBe(head);
    expect(git(repo, 'status', '--porcelain')).toBe(before);
  });

  it('reads a deleted record at the revision that still had it', () => {
    const { repo, ws } = repository();
    rmSync(join(ws, 'teachers', 'lebedev-ai.yaml'));
    git(repo, 'commit', '-qam', 'v4: deleted');
    const files = (args: string[]): number =>
      (JSON.parse(runMentor(['validate', '--format', 'json', ...TODAY, ...args], { cwd: ws }).stdout) as { summary: { files: number } }).summary.files;
    expect(files([])).toBe(31);
    expect(files(['--rev', 'v3'])).toBe(32);
  });

  it('makes the report and the route documents of a past revision', () => {
    const { ws } = repository();
    const report = runMentor(['report', '--rev', 'v1', '--format', 'json', ...TODAY], { cwd: ws });
    expect(report.exitCode).toBe(0);
    expect(JSON.parse(report.stdout)).toMatchObject({ provenance: { in_repository: true, dirty: false } });
    const render = runMentor(['render', 'route', 'ivanova-ma', '--rev', 'v1', ...TODAY], { cwd: ws });
    expect(render.exitCode).toBe(0);
    const plan = runMentor(['plan', '--rev', 'v1', ...TODAY], { cwd: ws });
    expect(plan.exitCode).toBe(2);
    const dry = runMentor(['plan', '--rev', 'v1', '--dry-run', ...TODAY], { cwd: ws });
    expect(dry.stdout).toContain('--- /dev/null');
  });

  it('explains a revision that does not exist, a folder outside git, and a missing git (exit 2)', () => {
    const { ws } = repository();
    const bad = runMentor(['validate', '--rev', 'no-such-tag', ...TODAY], { cwd: ws });
    expect(bad).toMatchObject({ exitCode: 2 });
    expect(bad.stderr).toContain('The revision "no-such-tag" does not exist');
    const outside = tempWorkspace();
    const noRepo = runMentor(['validate', '--rev', 'HEAD', ...TODAY], { cwd: outside });
    expect(noRepo.exitCode).toBe(2);
    expect(noRepo.stderr).toContain('is not in a git repository');
    const noGit = runMentor(['validate', '--rev', 'HEAD', ...TODAY], { cwd: ws, env: { PATH: '/nonexistent' } });
    expect(noGit.exitCode).toBe(2);
    expect(noGit.stderr).toContain('git is not installed');
  });
});

describe('--changed', () => {
  it('shows only problems in files changed against the base, committed or not, still resolving references everywhere', () => {
    const { repo, ws } = repository();
    git(repo, 'checkout', '-q', '-b', 'feature');
    const teacher = join(ws, 'teachers', 'belova-as.yaml');
    writeFileSync(teacher, readFileSync(teacher, 'utf8').replace(/position: \w+/, 'position: coach'));
    git(repo, 'commit', '-qam', 'a committed change');
    mkdirSync(join(ws, 'teachers'), { recursive: true });
    writeFileSync(join(ws, 'teachers', 'new-one.yaml'), 'id: new-one\n');
    const result = runMentor(['validate', '--changed', '--format', 'json', ...TODAY], { cwd: ws });
    const files = (JSON.parse(result.stdout) as { problems: { file: string }[] }).problems.map((p) => p.file);
    expect(new Set(files)).toEqual(new Set(['teachers/belova-as.yaml', 'teachers/new-one.yaml']));
    // The v3 problems (renamed catalog, stray note) are not in the change against main.
    expect(result.exitCode).toBe(1);
    const sinceV1 = runMentor(['validate', '--changed', '--base', 'v1', '--format', 'json', ...TODAY], { cwd: ws });
    const rules = (JSON.parse(sinceV1.stdout) as { problems: { rule: string }[] }).problems.map((p) => p.rule);
    expect(rules).toContain('id-file-mismatch');
  });
});

describe('provenance', () => {
  it('names the commit and uncommitted changes of the records; says so outside git', () => {
    const { repo, ws } = repository();
    const short = git(repo, 'rev-parse', '--short', 'HEAD');
    // Fix the v3 problems so that documents can be made.
    renameSync(join(ws, 'catalog', 'family-old.yaml'), join(ws, 'catalog', 'family.yaml'));
    rmSync(join(ws, 'teachers', 'заметки.txt'));
    git(repo, 'add', '-A');
    git(repo, 'commit', '-qm', 'v5: clean');
    const clean = git(repo, 'rev-parse', '--short', 'HEAD');
    expect(clean).not.toBe(short);
    const report = JSON.parse(runMentor(['report', '--format', 'json', ...TODAY], { cwd: ws }).stdout) as { provenance: Record<string, unknown> };
    expect(report.provenance).toMatchObject({ in_repository: true, commit: clean, dirty: false, tool: 'mentor' });
    const teacher = join(ws, 'teachers', 'ivanova-ma.yaml');
    writeFileSync(teacher, `${readFileSync(teacher, 'utf8')}# правка\n`);
    const md = runMentor(['report', '--format', 'md', ...TODAY], { cwd: ws }).stdout;
    expect(md).toContain(`по записям коммита ${clean} с незафиксированными изменениями`);
    runMentor(['render', 'route', 'ivanova-ma', ...TODAY], { cwd: ws });
    expect(readFileSync(join(ws, 'out', 'route-ivanova-ma-2025-2026.html'), 'utf8')).toContain(`коммита ${clean}`);
    const outside = runMentor(['report', '--format', 'json', ...TODAY], { cwd: tempWorkspace() });
    expect(JSON.parse(outside.stdout)).toMatchObject({ provenance: { in_repository: false, commit: null, dirty: null } });
  });
});
