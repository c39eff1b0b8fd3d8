// The job summary of `--format github`: a Markdown table of every problem, appended to $GITHUB_STEP_SUMMARY.

import { mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { escapeCell, formatGithubSummary } from '../../src/cli/format/github-summary.js';
import { found, makeReport } from './format-fixture.js';
import { runInProcess, tempWorkspace } from './helpers.js';

const TODAY = ['--today', '2026-03-20'];

function tableRows(markdown: string): string[] {
  return markdown.split('\n').filter((line) => line.startsWith('| ') && !line.startsWith('| ---'));
}

describe('formatGithubSummary', () => {
  it('is a heading and the summary line when there are no problems', () => {
    expect(formatGithubSummary(makeReport([], { files: ['mentor.yaml', 'teachers/a.yaml'] }))).toBe(
      '## mentor validate\n\nNo problems in 2 files\n',
    );
  });

  it('lists every problem in a table: place, severity, rule, message, advice', () => {
    const problems = [
      found('unknown-reference', 'mentors/b.yaml', 6, 13, { field: 'mentee', id: 'ivanova-mx', suggestion: 'ivanova-ma' }),
      found('file-empty', 'teachers/b.yaml', 1, 1),
      found('meeting-in-future', 'routes/2025-2026/a.yaml', 30, 9, { date: '2026-04-01', today: '2026-03-20' }, 'warning'),
    ];
    const markdown = formatGithubSummary(makeReport(problems, { files: ['a', 'b', 'c'] }));
    const lines = markdown.split('\n');
    expect(lines.slice(0, 6)).toEqual([
      '## mentor validate',
      '',
      '2 errors, 1 warning in 3 files',
      '',
      '| Location | Severity | Rule | Message | Advice |',
      '| --- | --- | --- | --- | --- |',
    ]);
    expect(tableRows(markdown)).toHaveLength(1 + problems.length);
    expect(lines[6]).toBe(
      '| mentors/b.yaml:6:13 | error | unknown-reference | Teacher "ivanova-mx" in field mentee is not in teachers/ | Did you mean "ivanova-ma"? |',
    );
    expect(lines[8]).toMatch(/^\| routes\/2025-2026\/a\.yaml:30:9 \| warning \| meeting-in-future \| /);
    expect(markdown.endsWith('|\n')).toBe(true);
  });

  it('escapes | and Markdown or HTML in the cells, and keeps each row on one line', () => {
    const detail = 'a | b\nc <script>x</script> *bold* _it_ `code` [link](u) ~s~ &amp; back\\slash';
    const markdown = formatGithubSummary(makeReport([found('yaml-syntax', 'teachers/a|b.yaml', 2, 1, { detail })]));
    const row = tableRows(markdown)[1]!;
    expect(row).toContain('teachers/a\\|b.yaml:2:1');
    expect(row).toContain(
      'YAML syntax error: a \\| b c \\<script\\>x\\</script\\> \\*bold\\* \\_it\\_ \\`code\\` \\[link\\](u) \\~s\\~ \\&amp; back\\\\slash',
    );
    // Every | that separates cells is unescaped: six of them for five cells.
    expect(row.replace(/\\\\/g, '').match(/(?<!\\)\|/g)).toHaveLength(6);
  });

  it('escapeCell: line breaks become spaces, punctuation is backslash-escaped', () => {
    expect(escapeCell('x|y')).toBe('x\\|y');
    expect(escapeCell('one\r\ntwo\nthree\rfour')).toBe('one two three four');
    expect(escapeCell('plain text, 2025-09-01: ok.')).toBe('plain text, 2025-09-01: ok.');
  });

  it('speaks Russian when the run does', () => {
    const markdown = formatGithubSummary(makeReport([found('file-empty', 'teachers/a.yaml', 1, 1)], { lang: 'ru', files: ['a'] }));
    expect(markdown).toContain('| Место | Уровень | Правило | Сообщение | Совет |');
    expect(markdown).toContain('| teachers/a.yaml:1:1 | ошибка | file-empty |');
  });

  it('leaves out the rows that do not fit the size limit, and says how many', () => {
    const problems = Array.from({ length: 50 }, (_, i) => found('file-empty', `teachers/t${i}.yaml`, 1, 1));
    const whole = formatGithubSummary(makeReport(problems));
    expect(tableRows(whole)).toHaveLength(51);
    const maxBytes = 2000;
    const cut = formatGithubSummary(makeReport(problems), { maxBytes });
    expect(Buffer.byteLength(cut)).toBeLessThanOrEqual(maxBytes);
    const kept = tableRows(cut).length - 1;
    expect(kept).toBeGreaterThan(0);
    expect(kept).toBeLessThan(50);
    expect(cut).toContain(`…and ${50 - kept} more, left out`);
  });
});

describe('mentor validate --format github and $GITHUB_STEP_SUMMARY', () => {
  const made: string[] = [];
  afterEach(() => {
    for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
  });

  function summaryFile(content: string): string {
    const dir = mkdtempSync(join(tmpdir(), 'mentor-summary-'));
    made.push(dir);
    const path = join(dir, 'step_summary.md');
    writeFileSync(path, content);
    return path;
  }

  /** 12 stray files (warnings) and an unknown mentee (an error): more than GitHub annotates. */
  function manyProblems(): string {
    const dir = tempWorkspace();
    for (let i = 1; i <= 12; i++) writeFileSync(join(dir, 'teachers', `notes-${String(i).padStart(2, '0')}.txt`), 'x\n');
    const path = join(dir, 'mentors/petrova-ov.yaml');
    writeFileSync(path, readFileSync(path, 'utf8').replace('mentee: ivanova-ma', 'mentee: ivanova-mx'));
    return dir;
  }

  it('appends every problem to the summary file, keeps what was there, and still annotates on stdout', async () => {
    const dir = manyProblems();
    const before = '# Earlier step\n\nSomething another step wrote.\n';
    const summary = summaryFile(before);
    const result = await runInProcess(['validate', ...TODAY, '--format', 'github'], { cwd: dir, env: { GITHUB_STEP_SUMMARY: summary } });
    expect(result).toMatchObject({ exitCode: 1, stderr: '' });
    const annotations = result.stdout.split('\n').filter((l) => l.startsWith('::'));
    expect(annotations.length).toBeGreaterThan(12);
    const text = readFileSync(summary, 'utf8');
    expect(text.startsWith(before)).toBe(true);
    const added = text.slice(before.length);
    expect(added).toMatch(/^\n## mentor validate\n\n\d+ errors?, 12 warnings? in 42 files\n\n\| Location \|/);
    const rows = tableRows(added).slice(1);
    expect(rows).toHaveLength(annotations.length);
    for (let i = 1; i <= 12; i++) expect(added).toContain(`| teachers/notes-${String(i).padStart(2, '0')}.txt:1:1 | warning | unknown-file |`);
    expect(added).toMatch(/\| mentors\/petrova-ov\.yaml:\d+:\d+ \| error \| unknown-reference \|/);

    // A second run appends again.
    await runInProcess(['validate', ...TODAY, '--format', 'github'], { cwd: dir, env: { GITHUB_STEP_SUMMARY: summary } });
    const twice = readFileSync(summary, 'utf8');
    expect(twice.startsWith(text)).toBe(true);
    expect(twice.match(/^## mentor validate$/gm)).toHaveLength(2);
  });

  it('writes the summary only for --format github', async () => {
    const dir = manyProblems();
    const summary = summaryFile('kept\n');
    for (const format of ['text', 'json', 'junit', 'sarif']) {
      const result = await runInProcess(['validate', ...TODAY, '--format', format], { cwd: dir, env: { GITHUB_STEP_SUMMARY: summary } });
      expect(result.exitCode).toBe(1);
    }
    expect(readFileSync(summary, 'utf8')).toBe('kept\n');
  });

  it('refuses a summary path that is a symbolic link, leaving the file it points at alone (exit 2)', async () => {
    const dir = manyProblems();
    const target = summaryFile('not a summary\n');
    const link = join(target, '..', 'link.md');
    symlinkSync(target, link);
    const result = await runInProcess(['validate', ...TODAY, '--format', 'github'], { cwd: dir, env: { GITHUB_STEP_SUMMARY: link } });
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toContain('is a symbolic link');
    expect(readFileSync(target, 'utf8')).toBe('not a summary\n');
  });

  it('creates the file when it is not there yet, with no blank line in front', async () => {
    const dir = manyProblems();
    const summary = join(summaryFile(''), '..', 'new.md');
    await runInProcess(['validate', ...TODAY, '--format', 'github'], { cwd: dir, env: { GITHUB_STEP_SUMMARY: summary } });
    expect(readFileSync(summary, 'utf8')).toMatch(/^## mentor validate\n/);
  });
});
