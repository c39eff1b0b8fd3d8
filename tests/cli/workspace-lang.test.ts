import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runInProcess, tempWorkspace } from './helpers.js';

describe('settings.lang of mentor.yaml', () => {
  it('wins over --lang and the locale once the workspace is read', async () => {
    const dir = tempWorkspace();
    const config = join(dir, 'mentor.yaml');
    writeFileSync(config, readFileSync(config, 'utf8').replace('  quarters: calendar', '  quarters: calendar\n  lang: ru'));
    const validate = await runInProcess(['validate', '--lang', 'en', '--today', '2026-03-20'], { cwd: dir });
    expect(validate.stdout).toBe('Проблем не найдено (42 файла)\n');
    const report = await runInProcess(['report', '--lang', 'en', '--today', '2026-03-20'], { cwd: dir });
    expect(report.stderr).toContain('Отчёт записан: out/report-2026Q1.html');
  });

  it('leaves --lang to decide where the workspace is silent', async () => {
    const dir = tempWorkspace();
    expect((await runInProcess(['validate', '--lang', 'en', '--today', '2026-03-20'], { cwd: dir })).stdout).toBe('No problems in 42 files\n');
  });
});
