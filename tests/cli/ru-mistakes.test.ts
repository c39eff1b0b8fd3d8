// The methodist's common mistakes, as `mentor validate` shows them in Russian: one problem each,
// with its own message and advice, at the place of the mistake (issue 12). The workspace asks for
// Russian (`settings.lang: ru`) and the locale says nothing.

import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runInProcess, tempWorkspace } from './helpers.js';

/** A copy of the example whose mentor.yaml asks for Russian, with one file changed. */
function brokenExample(file: string, from: string | RegExp, to: string): string {
  const dir = tempWorkspace();
  const config = join(dir, 'mentor.yaml');
  writeFileSync(config, readFileSync(config, 'utf8').replace('  quarters: calendar', '  quarters: calendar\n  lang: ru'));
  const path = join(dir, file);
  const text = readFileSync(path, 'utf8');
  const changed = text.replace(from, to);
  expect(changed, `${file} has no ${String(from)}`).not.toBe(text);
  writeFileSync(path, changed);
  return dir;
}

/** `mentor validate` with no locale at all: only the workspace's setting makes it Russian. */
async function validate(dir: string): Promise<{ exitCode: number; stdout: string; problems: string[] }> {
  const run = await runInProcess(['validate', '--today', '2026-03-20'], { cwd: dir, env: { LANG: '', LC_ALL: '', LC_MESSAGES: '' } });
  const problems = run.stdout.split('\n').filter((line) => /^\S+:\d+:\d+: /.test(line));
  return { exitCode: run.exitCode, stdout: run.stdout, problems };
}

const cases: { name: string; file: string; from: string | RegExp; to: string; at: string; rule: string; message: string; advice: string }[] = [
  {
    name: 'a decimal comma in a flow mapping of scores',
    file: 'diagnostics/2025-2026/ivanova-ma.yaml',
    from: 'documentation: 0.5',
    to: 'documentation: 0,5',
    at: 'diagnostics/2025-2026/ivanova-ma.yaml:7:46',
    rule: 'schema-decimal-comma',
    message: '0,5 в поле «documentation» — дробная часть отделяется точкой, а не запятой',
    advice: 'Запишите 0.5.',
  },
  {
    name: 'a decimal comma in block style',
    file: 'teachers/fedorova-ls.yaml',
    from: 'experience: { years: 27, as_of: 2025-09-01 }',
    to: 'experience:\n  years: 27,5\n  as_of: 2025-09-01',
    at: 'teachers/fedorova-ls.yaml:8:10',
    rule: 'schema-decimal-comma',
    message: '27,5 в поле «years» — дробная часть отделяется точкой, а не запятой',
    advice: 'Запишите 27.5.',
  },
  {
    name: 'a date written ДД.ММ.ГГГГ',
    file: 'diagnostics/2025-2026/ivanova-ma.yaml',
    from: 'date: 2025-09-12',
    to: 'date: 12.09.2025',
    at: 'diagnostics/2025-2026/ivanova-ma.yaml:6:11',
    rule: 'schema-date-dmy',
    message: '«12.09.2025» в поле «date» — дата записана как ДД.ММ.ГГГГ, а в записях нужен вид ГГГГ-ММ-ДД',
    advice: 'Запишите дату как 2025-09-12.',
  },
  {
    name: 'a Russian word for a code',
    file: 'teachers/fedorova-ls.yaml',
    from: 'category: highest',
    to: 'category: Высшая категория',
    at: 'teachers/fedorova-ls.yaml:9:11',
    rule: 'schema-enum-russian',
    message: '«Высшая категория» в поле «category» — русское название, а в записи нужен код',
    advice: 'Вместо «Высшая категория» запишите highest.',
  },
  {
    name: 'an empty mapping',
    file: 'mentors/petrova-ov.yaml',
    from: 'consent: { date: 2025-08-27 }',
    to: 'consent:',
    at: 'mentors/petrova-ov.yaml:3:9',
    rule: 'schema-empty-mapping',
    message: 'Поле «consent» пустое, а в нём должны быть поля: date',
    advice: 'Заполните его по образцу: consent: { date: 2025-09-01 }',
  },
  {
    name: 'no space after a colon',
    file: 'teachers/fedorova-ls.yaml',
    from: 'full_name: ',
    to: 'full_name:',
    at: 'teachers/fedorova-ls.yaml:3:10',
    rule: 'yaml-colon-space',
    message: 'После двоеточия нужен пробел: «full_name:» слилось со значением',
    advice: 'Поставьте пробел после двоеточия: «full_name: …».',
  },
  {
    name: 'a tab in the indentation',
    file: 'teachers/fedorova-ls.yaml',
    from: '\n  - { title: Проектная',
    to: '\n\t- { title: Проектная',
    at: 'teachers/fedorova-ls.yaml:14:1',
    rule: 'yaml-tab-indent',
    message: 'Отступ сделан табуляцией: YAML принимает в отступах только пробелы',
    advice: 'Замените табуляцию пробелами',
  },
  {
    name: 'an unclosed quote, at its opening quote',
    file: 'teachers/fedorova-ls.yaml',
    from: 'full_name: Фёдорова',
    to: 'full_name: "Фёдорова',
    at: 'teachers/fedorova-ls.yaml:3:12',
    rule: 'yaml-unclosed-quote',
    message: 'Кавычка " открыта здесь, но не закрыта',
    advice: 'Поставьте закрывающую кавычку " в конце значения',
  },
  {
    name: 'a non-breaking space in the indentation',
    file: 'mentors/petrova-ov.yaml',
    from: '\n    kind: traditional',
    to: '\n  \u00a0 kind: traditional',
    at: 'mentors/petrova-ov.yaml:7:3',
    rule: 'yaml-odd-space',
    message: 'В отступе стоит не обычный пробел, а неразрывный (U+00A0): YAML не считает его отступом',
    advice: 'Замените его обычным пробелом',
  },
  {
    name: 'an ideographic space in the indentation',
    file: 'mentors/petrova-ov.yaml',
    from: '\n    kind: traditional',
    to: '\n  \u3000 kind: traditional',
    at: 'mentors/petrova-ov.yaml:7:3',
    rule: 'yaml-odd-space',
    message: 'В отступе стоит не обычный пробел, а идеографический (U+3000): YAML не считает его отступом',
    advice: 'Замените его обычным пробелом',
  },
];

describe('common mistakes in Russian, one problem each at its place', () => {
  it.each(cases)('$name', async ({ file, from, to, at, rule, message, advice }) => {
    const result = await validate(brokenExample(file, from, to));
    expect(result.exitCode, result.stdout).toBe(1);
    expect(result.problems, result.stdout).toEqual([`${at}: ошибка [${rule}] ${message}${result.problems[0]?.match(/ \(\/[^)]*\)$/)?.[0] ?? ''}`]);
    expect(result.stdout).toContain(`= совет: ${advice}`);
    expect(result.stdout).toMatch(/^1 ошибка, 0 предупреждений в 42 файлах$/m);
  });
});
