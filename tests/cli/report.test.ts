// CLI tests: `mentor report` in every format, anonymised, and its usage errors.

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Report } from '../../src/report/types.js';
import { EXAMPLE, runInProcess, tempWorkspace } from './helpers.js';

const ARGS = ['report', '--today', '2026-03-20'];

describe('mentor report', () => {
  it('writes the HTML report of the quarter of --today to out/report-<period>.html by default', async () => {
    const dir = tempWorkspace();
    const result = await runInProcess(ARGS, { cwd: dir });
    expect(result.exitCode).toBe(0);
    expect(result.stderr).toBe(
      'Report for 2026Q1 (2026-01-01 – 2026-03-31; the current quarter, as of 2026-03-20). Another period: --period 2025Q4, or see mentor report --help\n' +
        'Report written: out/report-2026Q1.html\n',
    );
    const html = readFileSync(join(dir, 'out', 'report-2026Q1.html'), 'utf8');
    for (const section of ['Охват наставничеством', 'Наставнические пары', 'Выполнение индивидуальных образовательных маршрутов', 'Встречи наставников и наставляемых', 'Динамика самооценки', 'Риски']) {
      expect(html).toContain(section);
    }
    expect(html).toContain('за I квартал 2026\u00a0г.');
    expect(html).toContain('13 из 18 педагогов');
    expect(html).toMatch(/<svg[^>]*>/);
  });

  it('without --period, in January reports the quarter that ended in December and says so first, in both languages', async () => {
    const dir = tempWorkspace();
    const ru = await runInProcess(['report', '--today', '2027-01-15', '--lang', 'ru'], { cwd: dir });
    expect(ru.exitCode).toBe(0);
    const [first, second] = ru.stderr.split('\n');
    expect(first).toBe('Отчёт за IV квартал 2026\u00a0г. (квартал закончился 31.12.2026). Другой период: --period 2027Q1, все формы — mentor report --help');
    expect(second).toBe('Отчёт записан: out/report-2026Q4.html');
    expect(existsSync(join(dir, 'out', 'report-2027Q1.html'))).toBe(false);
    const en = await runInProcess(['report', '--today', '2027-02-15', '--format', 'json'], { cwd: dir, env: { LANG: 'en_US.UTF-8' } });
    expect(en.stderr).toBe(
      'Report for 2027Q1 (2027-01-01 – 2027-03-31; the current quarter, as of 2027-02-15). Another period: --period 2026Q4, or see mentor report --help\n',
    );
    expect((JSON.parse(en.stdout) as Report).period.code).toBe('2027Q1');
    const asked = await runInProcess(['report', '--today', '2027-01-15', '--period', '2027Q1', '--format', 'json'], { cwd: dir });
    expect(asked.stderr).toBe('');
  });

  it('prints Markdown and JSON to stdout, with the documented JSON fields', async () => {
    const md = await runInProcess([...ARGS, '--workspace', EXAMPLE, '--format', 'md', '--period', '2025/2026Q3']);
    expect(md.exitCode).toBe(0);
    expect(md.stdout).toContain('# Отчёт о реализации программы наставничества');
    expect(md.stdout).toContain('III квартал 2025/2026 учебного года');
    const json = await runInProcess([...ARGS, '--workspace', EXAMPLE, '--format', 'json', '--period', '2026-01-01..2026-03-31']);
    const report = JSON.parse(json.stdout) as Report;
    expect(report.period).toMatchObject({ start: '2026-01-01', end: '2026-03-31' });
    expect(report.coverage.staff).toEqual({ numerator: 13, denominator: 18, ratio: 0.7222, target: 0.7, meets_target: true });
    expect(report.coverage.young_specialists).toEqual({ numerator: 4, denominator: 5, ratio: 0.8 });
    expect(report.pairs.active).toBe(6);
    expect(report.items).toMatchObject({ due: 13, done: 8, done_late: 0, overdue: 2 });
  });

  it('writes CSV that opens in Excel: a BOM, CRLF, the chosen separator, one file per table', async () => {
    const dir = tempWorkspace();
    const result = await runInProcess([...ARGS, '--format', 'csv', '--csv-separator', ';', '--out', 'report.csv'], { cwd: dir });
    expect(result.exitCode).toBe(0);
    const summary = readFileSync(join(dir, 'report.csv'), 'utf8');
    expect(summary.startsWith('\uFEFF')).toBe(true);
    expect(summary).toContain('\r\n');
    expect(summary.split('\r\n')[0]).toContain(';');
    expect(readdirSync(dir).filter((f) => /^report-.+\.csv$/.test(f)).length).toBeGreaterThanOrEqual(5);
    const stdout = await runInProcess([...ARGS, '--workspace', EXAMPLE, '--format', 'csv']);
    expect(stdout.stdout.startsWith('\uFEFF')).toBe(true);
    expect(stdout.stdout.slice(1)).not.toContain('\uFEFF');
  });

  it('--anonymize leaves no name or id of a person in any format, but the signatories’ names', async () => {
    const all = readdirSync(join(EXAMPLE, 'teachers')).map((f) => {
      const text = readFileSync(join(EXAMPLE, 'teachers', f), 'utf8');
      return { id: f.replace(/\.yaml$/, ''), name: /full_name: (.+)/.exec(text)![1]!.trim() };
    });
    // The executor (Кузнецова) and the head sign the report by name; a word of their names may
    // appear (a patronymic others share), their ids never.
    const executor = all.find((p) => p.id === 'kuznetsova-ev')!;
    const head = /head: (.+)/.exec(readFileSync(join(EXAMPLE, 'mentor.yaml'), 'utf8'))![1]!.trim();
    const signatoryWords = new Set([...executor.name.split(' '), ...head.split(' ')]);
    const people = all
      .filter((p) => p !== executor)
      .map((p) => ({ id: p.id, name: p.name.split(' ').filter((w) => !signatoryWords.has(w)).join(' ') }));
    for (const format of ['html', 'md', 'json', 'csv']) {
      const dir = tempWorkspace();
      const out = join(dir, `anon.${format}`);
      expect((await runInProcess([...ARGS, '--format', format, '--anonymize', '--out', out], { cwd: dir })).exitCode).toBe(0);
      const files = readdirSync(dir).filter((f) => f.startsWith('anon'));
      const text = files.map((f) => readFileSync(join(dir, f), 'utf8')).join('\n');
      for (const person of people) {
        expect(text, `${format}: ${person.id}`).not.toContain(person.id);
        for (const word of person.name.split(' ').filter((w) => w !== '')) expect(text, `${format}: ${word}`).not.toContain(word);
      }
      expect(text).not.toContain(executor.id);
      expect(text).toContain('Н-1');
    }
  });
});
