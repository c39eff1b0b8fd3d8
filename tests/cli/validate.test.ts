// CLI tests (in-process): broken workspaces, every kind of bad input, validate PATH…; the single
// runs on the example and the usage errors are scenarios (scenarios.test.ts).

import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXAMPLE, runInProcess, tempWorkspace } from './helpers.js';

const TODAY = ['--today', '2026-03-20'];

function edit(dir: string, file: string, from: string | RegExp, to: string): void {
  const path = join(dir, file);
  const text = readFileSync(path, 'utf8');
  const next = text.replace(from, to);
  expect(next, `edit of ${file} changed nothing`).not.toBe(text);
  writeFileSync(path, next);
}

describe('mentor validate on a broken workspace', () => {
  function brokenWorkspace(): string {
    const dir = tempWorkspace();
    edit(dir, 'mentors/petrova-ov.yaml', 'mentee: ivanova-ma', 'mentee: ivanova-mx');
    edit(dir, 'teachers/lebedev-ai.yaml', /position: \w+/, 'position: coach');
    return dir;
  }

  it('reports every problem with file:line:column, an excerpt, advice and a summary; exits 1', async () => {
    const dir = brokenWorkspace();
    const result = await runInProcess(['validate', ...TODAY], { cwd: dir });
    expect(result.exitCode).toBe(1);
    expect(result.stderr).toBe('');
    const lines = result.stdout.split('\n');
    const mentee = lines.findIndex((l) => /^mentors\/petrova-ov\.yaml:\d+:\d+: error \[unknown-reference\]/.test(l));
    expect(mentee).toBeGreaterThanOrEqual(0);
    expect(lines[mentee]).toContain('"ivanova-mx"');
    // The excerpt shows the line and puts the marker under the unknown id.
    const marked = lines.slice(mentee + 1, mentee + 6);
    const sourceLine = marked.find((l) => l.includes('mentee: ivanova-mx'))!;
    const marker = marked[marked.indexOf(sourceLine) + 1]!;
    expect(marker.indexOf('^')).toBe(sourceLine.indexOf('ivanova-mx'));
    expect(marker.trim().replace(/^\|\s*/, '')).toBe('^'.repeat('ivanova-mx'.length));
    expect(result.stdout).toContain('Did you mean "ivanova-ma"?');
    expect(result.stdout).toMatch(/^teachers\/lebedev-ai\.yaml:\d+:\d+: error \[schema-enum\]/m);
    expect(lines.at(-2)).toMatch(/^\d+ errors?, \d+ warnings? in 42 files$/);
  });

  it('gives the same problems as JSON and as GitHub annotations', async () => {
    const dir = brokenWorkspace();
    const json = await runInProcess(['validate', ...TODAY, '--format', 'json'], { cwd: dir });
    expect(json.exitCode).toBe(1);
    const document = JSON.parse(json.stdout) as { problems: { rule: string; file: string; line: number; column: number }[] };
    const unknown = document.problems.find((p) => p.rule === 'unknown-reference')!;
    expect(unknown).toMatchObject({ file: 'mentors/petrova-ov.yaml', severity: 'error', pointer: expect.stringMatching(/^\/pairs\/\d+\/mentee$/) });
    const github = await runInProcess(['validate', ...TODAY, '--format', 'github'], { cwd: dir });
    expect(github.exitCode).toBe(1);
    expect(github.stdout).toContain(
      `::error file=mentors/petrova-ov.yaml,line=${unknown.line},col=${unknown.column},title=unknown-reference::`,
    );
    expect(github.stdout.split('\n').filter((l) => l.startsWith('::')).length).toBe(document.problems.length);
  });

  it('never colours output that is not a terminal', async () => {
    const result = await runInProcess(['validate', ...TODAY], { cwd: brokenWorkspace() });
    expect(result.stdout).not.toContain('\u001b[');
  });
});

describe('warnings and --strict', () => {
  it('exits 0 with warnings only, and 1 with --strict', async () => {
    const dir = tempWorkspace();
    writeFileSync(join(dir, 'teachers', 'notes.txt'), 'заметки\n');
    const lenient = await runInProcess(['validate', ...TODAY], { cwd: dir });
    expect(lenient.exitCode).toBe(0);
    expect(lenient.stdout).toMatch(/^teachers\/notes\.txt:1:1: warning \[unknown-file\]/m);
    const strict = await runInProcess(['validate', '--strict', ...TODAY], { cwd: dir });
    expect(strict.exitCode).toBe(1);
    expect(strict.stdout).toMatch(/^teachers\/notes\.txt:1:1: error \[unknown-file\]/m);
  });
});

describe('bad input is a problem in its file, and the rest is still checked', () => {
  /** Each case breaks one file; a second, ordinary error elsewhere must still be found. */
  const cases: { name: string; file: string; write: (path: string) => void; rule: string; at: string }[] = [
    { name: 'malformed YAML', file: 'teachers/bad.yaml', write: (p) => writeFileSync(p, 'id: bad\nfull_name: [Иванова\n'), rule: 'yaml-unclosed-bracket', at: ':' },
    { name: 'duplicate keys', file: 'teachers/dup.yaml', write: (p) => writeFileSync(p, 'id: dup\nid: dup\n'), rule: 'yaml-duplicate-key', at: ':2:1' },
    { name: 'an empty file', file: 'teachers/empty.yaml', write: (p) => writeFileSync(p, ''), rule: 'file-empty', at: ':1:1' },
    { name: 'a list, not a mapping', file: 'teachers/list.yaml', write: (p) => writeFileSync(p, '- a\n- b\n'), rule: 'file-not-mapping', at: ':1:1' },
    {
      name: 'text that is not UTF-8',
      file: 'teachers/cp1251.yaml',
      write: (p) => writeFileSync(p, Buffer.concat([Buffer.from('id: x\nfull_name: '), Buffer.from([0xc8, 0xe2, 0xe0]), Buffer.from('\n')])),
      rule: 'file-not-utf8',
      at: ':2:12',
    },
    {
      name: 'an alias bomb',
      file: 'teachers/bomb.yaml',
      write: (p) => {
        const lines = ['a: &a [x, x, x, x, x, x, x, x, x, x]'];
        for (let i = 1; i < 9; i++) {
          const prev = String.fromCharCode(96 + i);
          lines.push(`${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(10).fill(`*${prev}`).join(', ')}]`);
        }
        writeFileSync(p, `${lines.join('\n')}\n`);
      },
      rule: 'yaml-alias-bomb',
      at: ':1:1',
    },
    {
      name: 'a file over 5 MiB',
      file: 'teachers/huge.yaml',
      write: (p) => writeFileSync(p, `# ${'x'.repeat(5 * 1024 * 1024)}\n`),
      rule: 'file-too-large',
      at: ':1:1',
    },
    { name: 'an unreadable file (a broken link)', file: 'teachers/gone.yaml', write: (p) => symlinkSync('/nonexistent/gone.yaml', p), rule: 'file-unreadable', at: ':1:1' },
  ];

  for (const c of cases) {
    it(`${c.name}: ${c.rule}`, async () => {
      const dir = tempWorkspace();
      c.write(join(dir, c.file));
      edit(dir, 'mentors/petrova-ov.yaml', 'mentee: ivanova-ma', 'mentee: ivanova-mx');
      const started = Date.now();
      const result = await runInProcess(['validate', ...TODAY], { cwd: dir });
      expect(Date.now() - started).toBeLessThan(10_000);
      expect(result.exitCode).toBe(1);
      expect(result.stderr).toBe('');
      expect(result.stdout).not.toMatch(/\n\s+at .*\.js:\d+/);
      expect(result.stdout).toMatch(new RegExp(`^${c.file.replace('.', '\\.')}${c.at}.*\\[${c.rule}\\]`, 'm'));
      expect(result.stdout).toMatch(/^mentors\/petrova-ov\.yaml:\d+:\d+: error \[unknown-reference\]/m);
    });
  }

  it('a UTF-8 byte order mark is fine', async () => {
    const dir = tempWorkspace();
    const path = join(dir, 'teachers', 'ivanova-ma.yaml');
    writeFileSync(path, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), readFileSync(path)]));
    expect((await runInProcess(['validate', ...TODAY], { cwd: dir })).exitCode).toBe(0);
  });

  it('a stray folder in diagnostics/ is a warning', async () => {
    const dir = tempWorkspace();
    mkdirSync(join(dir, 'diagnostics', 'old'));
    const result = await runInProcess(['validate', ...TODAY], { cwd: dir });
    expect(result.exitCode).toBe(0);
    expect(result.stdout).toMatch(/^diagnostics\/old:1:1: warning \[unknown-file\]/m);
  });
});

describe('mentor validate PATH…', () => {
  it('shows the problems of the named files and folders only, resolving references across the workspace', async () => {
    const dir = tempWorkspace();
    edit(dir, 'mentors/petrova-ov.yaml', 'mentee: ivanova-ma', 'mentee: ivanova-mx');
    edit(dir, 'teachers/lebedev-ai.yaml', /position: \w+/, 'position: coach');
    const one = await runInProcess(['validate', ...TODAY, '--format', 'json', 'mentors/petrova-ov.yaml'], { cwd: dir });
    expect(one.exitCode).toBe(1);
    const found = (JSON.parse(one.stdout) as { summary: { files: number }; problems: { file: string; rule: string }[] });
    expect(new Set(found.problems.map((p) => p.file))).toEqual(new Set(['mentors/petrova-ov.yaml']));
    expect(found.summary.files).toBe(1);
    // A clean file named alone passes, though the workspace has errors elsewhere.
    expect(await runInProcess(['validate', ...TODAY, 'teachers/ivanova-ma.yaml'], { cwd: dir })).toMatchObject({ exitCode: 0, stdout: 'No problems in 1 file\n' });
    // Its references are still checked against the whole workspace: a good mentee id is not "unknown".
    expect((await runInProcess(['validate', ...TODAY, 'mentors/smirnova-tn.yaml'], { cwd: dir })).exitCode).toBe(0);
    const folders = await runInProcess(['validate', ...TODAY, 'teachers', 'mentors'], { cwd: dir });
    expect(folders.stdout).toContain('teachers/lebedev-ai.yaml');
    expect(folders.stdout).toContain('mentors/petrova-ov.yaml');
  });

  it('finds the workspace from the paths when run from the repository root (as pre-commit does)', async () => {
    const repo = tempWorkspace(null);
    cpSync(EXAMPLE, join(repo, 'records'), { recursive: true });
    const result = await runInProcess(['validate', ...TODAY, 'records/teachers/ivanova-ma.yaml', 'records/mentors/petrova-ov.yaml'], { cwd: repo });
    expect(result).toMatchObject({ exitCode: 0, stdout: 'No problems in 2 files\n' });
  });

  it('--quiet prints errors only, and nothing when there is none', async () => {
    const dir = tempWorkspace();
    writeFileSync(join(dir, 'teachers', 'notes.txt'), 'a note\n');
    const loud = await runInProcess(['validate', ...TODAY], { cwd: dir });
    expect(loud.stdout).toContain('warning [unknown-file]');
    expect(await runInProcess(['validate', '--quiet', ...TODAY], { cwd: dir })).toMatchObject({ exitCode: 0, stdout: '', stderr: '' });
    edit(dir, 'teachers/lebedev-ai.yaml', /position: \w+/, 'position: coach');
    const quiet = await runInProcess(['validate', '-q', ...TODAY], { cwd: dir });
    expect(quiet.exitCode).toBe(1);
    expect(quiet.stdout).not.toContain('warning [');
    expect(quiet.stdout).toMatch(/1 error, 0 warnings? in 42 files\n$/);
  });
});

describe('a large workspace', () => {
  it('gets the same problems from the CLI as from the validate core, at the same places', async () => {
    const { generateWorkspace } = await import('../../scripts/generate-workspace.mjs');
    const { validateWorkspace } = await import('../../src/validate/validate-workspace.js');
    const dir = tempWorkspace(null);
    generateWorkspace(dir, 2100, { seed: 7 });
    // Break files here and there.
    const routes = join(dir, 'routes', '2025-2026');
    const routeFiles = readdirSync(routes).sort();
    for (const name of routeFiles.slice(0, 3)) edit(dir, `routes/2025-2026/${name}`, /status: done\n/, 'status: planned\n');
    writeFileSync(join(dir, 'teachers', 'zz-broken.yaml'), 'id: zz-broken\nfull_name: [\n');

    const spawned = await runInProcess(['validate', '--format', 'json', ...TODAY], { cwd: dir });
    expect(spawned.exitCode).toBe(1);
    const cli = JSON.parse(spawned.stdout) as { summary: { files: number }; problems: { rule: string; file: string; line: number; column: number }[] };
    expect(cli.summary.files).toBeGreaterThanOrEqual(3000);

    const single = await validateWorkspace(dir, { today: '2026-03-20' });
    const simplify = (p: { rule: string; file: string; line?: number; column?: number }) => `${p.file}:${p.line}:${p.column} ${p.rule}`;
    expect(cli.problems.map(simplify)).toEqual(single.problems.map(simplify));
    expect(cli.problems.filter((p) => p.rule === 'date-without-done')).toHaveLength(3);
    expect(cli.problems.map((p) => p.rule)).toContain('yaml-unclosed-bracket');
  }, 60_000);
});

describe('documents go to out/ of the workspace', () => {
  it('from a subfolder too, and render route without ids renders every route of the year', async () => {
    const dir = tempWorkspace();
    const result = await runInProcess(['render', 'route', '--today', '2026-03-20'], { cwd: join(dir, 'teachers') });
    expect(result.exitCode, result.stderr).toBe(0);
    expect(readdirSync(join(dir, 'out')).filter((f) => f.endsWith('.html')).sort()).toEqual(
      ['belova-as', 'ivanova-ma', 'orlova-dv', 'sokolova-ap'].map((id) => `route-${id}-2025-2026.html`),
    );
    expect(readdirSync(join(dir, 'teachers')).includes('out')).toBe(false);
    expect((await runInProcess(['validate', '--today', '2026-03-20'], { cwd: dir })).stdout).toBe('No problems in 42 files\n');
  });

  it('cd teachers && mentor render route ivanova-ma writes <root>/out/', async () => {
    const dir = tempWorkspace();
    const result = await runInProcess(['render', 'route', 'ivanova-ma', '--today', '2026-03-20'], { cwd: join(dir, 'teachers') });
    expect(result.exitCode, result.stderr).toBe(0);
    expect(readdirSync(join(dir, 'out')).sort()).toEqual(['route-ivanova-ma-2025-2026.html', 'route-ivanova-ma-2025-2026.md']);
    expect(existsSync(join(dir, 'teachers', 'out'))).toBe(false);
  });
});

describe('a record outside its year folder', () => {
  it('is an error naming the folder of its own year, and plan and report refuse the workspace', async () => {
    const dir = tempWorkspace();
    renameSync(join(dir, 'diagnostics', '2025-2026', 'belova-as.yaml'), join(dir, 'diagnostics', 'belova-as.yaml'));
    const en = await runInProcess(['validate', '--today', '2026-11-20'], { cwd: dir, env: { LANG: 'en_US.UTF-8' } });
    expect(en.exitCode).toBe(1);
    expect(en.stdout).toMatch(/^diagnostics\/belova-as\.yaml:3:7: error \[record-outside-year-folder\] This record lies right in diagnostics\/, outside a year folder, and no command reads it \(\/year\)$/m);
    expect(en.stdout).toContain('= advice: Move the file to diagnostics/2025-2026/belova-as.yaml: its year field says 2025/2026.');
    const ru = await runInProcess(['--lang', 'ru', 'validate', '--today', '2026-11-20', '--format', 'json'], { cwd: dir });
    const problem = (JSON.parse(ru.stdout) as { problems: { rule: string; advice: string; params: unknown }[] }).problems.find((p) => p.rule === 'record-outside-year-folder');
    expect(problem?.params).toEqual({ folder: 'diagnostics', expected: 'diagnostics/2025-2026/belova-as.yaml', year: '2025/2026', from: 'record' });
    expect(problem?.advice).toBe('Перенесите файл в diagnostics/2025-2026/belova-as.yaml: в поле year записи указан 2025/2026 учебный год.');
    expect((await runInProcess(['report', '--today', '2026-03-20', '--period', '2026Q1'], { cwd: dir })).exitCode).toBe(1);
    expect((await runInProcess(['plan', '--today', '2026-03-20', '--dry-run'], { cwd: dir })).exitCode).toBe(1);
  });

  it('a stray folder: the advice shows the year folder of the current academic year', async () => {
    const dir = tempWorkspace();
    mkdirSync(join(dir, 'routes', 'old'));
    const result = await runInProcess(['validate', '--today', '2026-11-20'], { cwd: dir });
    expect(result.exitCode).toBe(0);
    expect(result.stdout).toContain('= advice: Record files live at routes/2026-2027/<id>.yaml; move, rename (.yaml) or delete this one.');
  });

  it('without a readable year: the folder of the current academic year of --today (1 September on)', async () => {
    const dir = tempWorkspace();
    writeFileSync(join(dir, 'routes', 'ivanova-ma.yaml'), 'teacher: ivanova-ma\nyear: ?\n');
    const result = await runInProcess(['--lang', 'ru', 'validate', '--today', '2026-09-01'], { cwd: dir });
    expect(result.exitCode).toBe(1);
    expect(result.stdout).toMatch(/^routes\/ivanova-ma\.yaml:1:1: ошибка \[record-outside-year-folder\]/m);
    expect(result.stdout).toContain('Перенесите файл в routes/2026-2027/ivanova-ma.yaml (текущий, 2026/2027 учебный год) или в папку того года, к которому относится запись.');
    const august = await runInProcess(['validate', '--today', '2026-08-31', '--format', 'json'], { cwd: dir });
    expect(august.stdout).toContain('"expected": "routes/2025-2026/ivanova-ma.yaml"');
  });
});
