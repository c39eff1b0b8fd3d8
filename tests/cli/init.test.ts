// CLI tests: `mentor init` — in-process, in empty and half-made folders (never a terminal: it
// never asks), and the questions in-process with a fake terminal.

import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { main } from '../../src/cli/main.js';
import type { Report } from '../../src/report/types.js';
import { EXAMPLE, REPO, runInProcess, snapshot, tempWorkspace, type RunResult } from './helpers.js';

const FLAGS = [
  '--name', 'Муниципальное бюджетное дошкольное образовательное учреждение «Детский сад № 12 «Солнышко»',
  '--short-name', 'МБДОУ «Детский сад № 12»',
  '--city', 'г. Вологда',
  '--head', 'Сидорова Наталья Ивановна',
  '--curator-name', 'Кузнецова Елена Викторовна',
];

const CREATED = [
  'mentor.yaml',
  'teachers/kuznetsova-ev.yaml',
  'teachers/.gitkeep',
  'mentors/.gitkeep',
  'diagnostics/.gitkeep',
  'routes/.gitkeep',
  'catalog/.gitkeep',
  'templates/.gitkeep',
  'README.md',
  'package.json',
  '.vscode/settings.json',
  '.vscode/extensions.json',
  '.pre-commit-config.yaml',
  '.github/workflows/mentor.yml',
  '.gitlab-ci.yml',
  '.gitignore',
];

async function validate(dir: string, ...args: string[]): Promise<RunResult> {
  return await runInProcess(['validate', '--workspace', dir, ...args]);
}

describe('mentor init with flags', () => {
  it('creates every file, says so, and the new workspace validates clean', async () => {
    const dir = tempWorkspace(null);
    const result = await runInProcess(['init', ...FLAGS], { cwd: dir });
    expect(result.stderr).toBe('');
    expect(result.exitCode).toBe(0);
    expect(result.stdout.split('\n').filter((line) => line.startsWith('created: '))).toEqual(
      CREATED.map((path) => `created: ${path}`),
    );
    expect(result.stdout).toContain('16 files created, 0 left unchanged.');
    expect(Object.keys(snapshot(dir)).sort()).toEqual([...CREATED].sort());
    // Clean but for the curator's placeholders, each a warning until she fills it in.
    const checked = await validate(dir, '--format', 'json');
    expect(checked.exitCode).toBe(0);
    const found = (JSON.parse(checked.stdout) as { summary: unknown; problems: { rule: string; params: unknown }[] });
    expect(found.summary).toEqual({ files: 2, errors: 0, warnings: 4 });
    expect(found.problems.map((p) => [p.rule, p.params])).toEqual(
      ['hired', 'experience', 'education', 'category'].map((field) => ['placeholder', { field }]),
    );
  });

  it('points the editor hints at the schemas of mentor installed in the records repository, never at the tool run', async () => {
    const dir = tempWorkspace(null);
    await runInProcess(['init', 'ws', ...FLAGS], { cwd: dir });
    const hint = /^# yaml-language-server: \$schema=(\S+)/;
    const config = hint.exec(readFileSync(join(dir, 'ws', 'mentor.yaml'), 'utf8'))?.[1] ?? '';
    const teacher = hint.exec(readFileSync(join(dir, 'ws', 'teachers', 'kuznetsova-ev.yaml'), 'utf8'))?.[1] ?? '';
    expect(config).toBe('node_modules/mentor/schemas/config.schema.json');
    expect(teacher).toBe('../node_modules/mentor/schemas/teacher.schema.json');
    const settings = JSON.parse(readFileSync(join(dir, 'ws', '.vscode', 'settings.json'), 'utf8')) as { 'yaml.schemas': Record<string, string> };
    // Once mentor is installed there (here: linked), every path names a schema.
    mkdirSync(join(dir, 'ws', 'node_modules'));
    symlinkSync(REPO, join(dir, 'ws', 'node_modules', 'mentor'));
    expect(existsSync(join(dir, 'ws', config))).toBe(true);
    expect(existsSync(join(dir, 'ws', 'teachers', teacher))).toBe(true);
    for (const schema of Object.keys(settings['yaml.schemas'])) expect(existsSync(join(dir, 'ws', schema)), schema).toBe(true);
  });

  it('creates the folder given, and prints the paths from the current folder, in Russian when asked', async () => {
    const dir = tempWorkspace(null);
    const result = await runInProcess(['--lang', 'ru', 'init', 'a/b', ...FLAGS, '--target', '80 %', '--quarters', 'academic'], { cwd: dir });
    expect(result.exitCode).toBe(0);
    expect(result.stdout).toContain(`создан: ${join('a', 'b', 'mentor.yaml')}\n`);
    expect(result.stdout).toContain('Создано 16 файлов, оставлено без изменений 0 файлов.');
    const config = parse(readFileSync(join(dir, 'a', 'b', 'mentor.yaml'), 'utf8')) as { programme: object; settings: object };
    expect(config.programme).toEqual({ title: 'Программа наставничества', target_coverage: 0.8 });
    expect(config.settings).toMatchObject({ quarters: 'academic' });
    expect((await validate(join(dir, 'a', 'b'))).exitCode).toBe(0);
  });

  it('writes names that YAML would misread so that they read back the same, and still validate', async () => {
    const dir = tempWorkspace(null);
    const name = 'Детский сад: «Берёзка» # 2';
    const result = await runInProcess(['init', '--name', name, '--head', '"Иванова"', '--curator', 'metodist', '--curator-name', 'Петрова Анна', '--curator-position', 'methodologist', '--programme', '2026'], { cwd: dir });
    expect(result.exitCode).toBe(0);
    const config = parse(readFileSync(join(dir, 'mentor.yaml'), 'utf8')) as { organization: Record<string, string>; programme: Record<string, unknown> };
    expect(config.organization).toMatchObject({ name, head: '"Иванова"', curator: 'metodist' });
    expect(config.programme['title']).toBe('2026');
    expect(parse(readFileSync(join(dir, 'teachers', 'metodist.yaml'), 'utf8'))).toMatchObject({ position: 'methodologist' });
    expect((await validate(dir)).exitCode).toBe(0);
  });

  it('the examples of the README, copied into the workspace, validate clean', async () => {
    const dir = tempWorkspace(null);
    await runInProcess(['init', ...FLAGS], { cwd: dir });
    const readme = readFileSync(join(dir, 'README.md'), 'utf8');
    const blocks = [...readme.matchAll(/```yaml\n# (\S+)\n([\s\S]*?)```/g)];
    expect(blocks.map((block) => block[1])).toEqual(['teachers/ivanova-ma.yaml', 'mentors/petrova-ov.yaml', expect.stringMatching(/^diagnostics\/\d{4}-\d{4}\/ivanova-ma\.yaml$/)]);
    for (const [, path, text] of blocks) {
      mkdirSync(join(dir, path!, '..'), { recursive: true });
      writeFileSync(join(dir, path!), text!);
    }
    // The mentor of the example pair, an experienced teacher hired long ago.
    const mentor = readFileSync(join(dir, 'teachers', 'ivanova-ma.yaml'), 'utf8')
      .replace(/ivanova-ma/, 'petrova-ov')
      .replace('Иванова Мария Алексеевна', 'Петрова Ольга Владимировна')
      .replace(/hired: \S+/, 'hired: 2010-09-01')
      .replace(/experience: .*/, 'experience: { years: 15, as_of: 2010-09-01 }');
    writeFileSync(join(dir, 'teachers', 'petrova-ov.yaml'), mentor);
    const year = /year: "(\d{4})\/\d{4}"/.exec(readme)?.[1];
    const result = await validate(dir, '--today', `${Number(year) + 1}-06-01`);
    expect(result).toMatchObject({ exitCode: 0, stderr: '' });
    // mentor.yaml says `lang: ru`, which wins over the English locale of the tests.
    expect(result.stdout).toMatch(/^0 ошибок, 4 предупреждения в 6 файлах$/m);
    expect(result.stdout.match(/предупреждение \[(\S+)\]/g)?.every((w) => w === 'предупреждение [placeholder]')).toBe(true);

    // Then the guide's commands, as printed: a route for the pair, an item marked done, a meeting.
    const june = `${Number(year) + 1}-06-01`;
    expect((await runInProcess(['plan', '--today', `${year}-09-20`], { cwd: dir })).exitCode).toBe(0);
    const commands = [...readme.matchAll(/^npx (mentor (?:done|meeting) .*)$/gm)].map((m) => m[1]!);
    expect(commands).toHaveLength(2);
    for (const command of commands) {
      const args = [...command.matchAll(/"([^"]*)"|(\S+)/g)].map((m) => m[1] ?? m[2]!).slice(1);
      const done = await runInProcess([...args, '--today', june], { cwd: dir });
      expect(done.stderr, command).toBe('');
      expect(done.exitCode, command).toBe(0);
    }
    const route = readFileSync(join(dir, 'routes', `${year}-${Number(year) + 1}`, 'ivanova-ma.yaml'), 'utf8');
    expect(route).toContain('evidence: Аналитическая справка');
    expect(route).toContain('topic: Анализ открытого занятия');
    expect((await validate(dir, '--today', june)).exitCode).toBe(0);
  });
});

describe("the curator's placeholders", () => {
  it('are warned of in both languages, and count in no figure or suggestion until the mark is deleted', async () => {
    const dir = tempWorkspace(null);
    await runInProcess(['init', ...FLAGS], { cwd: dir });
    const teacher = readdirSync(join(dir, 'teachers')).find((name) => name.endsWith('.yaml'))!;
    const ru = await runInProcess(['--lang', 'ru', 'validate'], { cwd: dir });
    expect(ru.exitCode).toBe(0);
    expect(ru.stdout).toContain(`teachers/${teacher}:8:1: предупреждение [placeholder] Поле experience — заготовка mentor init: пока в нём пометка «# уточните», оно не учитывается ни в отчёте, ни при подборе наставников (/experience)`);
    expect(ru.stdout).toContain('= совет: Впишите дату приёма в этот детский сад, например 2019-08-26; пометку «# уточните» удалите.');
    // English where mentor.yaml says so (init writes `lang: ru`).
    writeFileSync(join(dir, 'mentor.yaml'), readFileSync(join(dir, 'mentor.yaml'), 'utf8').replace(/lang: ru\b/, 'lang: en'));
    const en = await runInProcess(['validate'], { cwd: dir, env: { LANG: 'en_US.UTF-8' } });
    expect(en.stdout).toContain('warning [placeholder] Field category is a placeholder of mentor init: while it is marked "# уточните", no report figure or mentor suggestion counts it (/category)');
    expect(en.stdout).toContain('= advice: Write the qualification category: none, first, highest, methodist or mentor in its place; then delete the "# уточните" mark.');
    // Hired today with 0 years: not a young specialist without a mentor, in the report or in the suggestions.
    const today = ['--today', new Date().toISOString().slice(0, 10)];
    const report = JSON.parse((await runInProcess(['report', '--format', 'json', ...today], { cwd: dir })).stdout) as Report;
    expect(report.risks).toEqual([]);
    expect(report.coverage.young_specialists.denominator).toBe(0);
    expect(report.coverage.staff.denominator).toBe(1);
    expect((await runInProcess(['plan', '--suggest-mentors', ...today], { cwd: dir })).stdout).toBe('Everyone who needs a mentor has one\n');
    // Nor is she a mentor to weigh, until her experience is written in.
    const young = 'id: orlova-dv\nfull_name: Орлова Дарья Викторовна\nposition: educator\nhired: 2025-08-25\nexperience: { years: 0, as_of: 2025-08-25 }\neducation: { level: higher, institution: ВоГУ, year: 2025, specialty: Дошкольное образование }\ncategory: none\n';
    writeFileSync(join(dir, 'teachers', 'orlova-dv.yaml'), young);
    const speak = (lang: string): void => writeFileSync(join(dir, 'mentor.yaml'), readFileSync(join(dir, 'mentor.yaml'), 'utf8').replace(/lang: \w+/, `lang: ${lang}`));
    speak('ru');
    const assign = await runInProcess(['plan', '--assign', `orlova-dv=${teacher.replace('.yaml', '')}`, '--dry-run', ...today], { cwd: dir });
    expect(assign.exitCode).toBe(1);
    expect(assign.stderr).toContain('Дата приёма или стаж в записи педагога — заготовка mentor init (пометка «# уточните»): впишите настоящие');
    rmSync(join(dir, 'teachers', 'orlova-dv.yaml'));
    speak('en');
    // The marks deleted, the values stand as written.
    const path = join(dir, 'teachers', teacher);
    writeFileSync(path, readFileSync(path, 'utf8').replace(/ +# уточните.*$/gm, '').replace(/: уточните$/gm, ': ВоГУ'));
    expect(await validate(dir)).toMatchObject({ exitCode: 0, stdout: 'No problems in 2 files\n' });
    const after = JSON.parse((await runInProcess(['report', '--format', 'json', ...today], { cwd: dir })).stdout) as Report;
    expect(after.risks.map((r) => r.code)).toEqual(['young-specialist-without-mentor']);
    expect((await runInProcess(['plan', '--suggest-mentors', ...today], { cwd: dir })).stdout).toContain('Young specialist: 0 years');
  });
});

describe('mentor init never overwrites', () => {
  it('run again, it creates nothing and changes no byte', async () => {
    const dir = tempWorkspace(null);
    await runInProcess(['init', ...FLAGS], { cwd: dir });
    const before = snapshot(dir);
    // The folder is a workspace now, and its mentor.yaml (`lang: ru`) decides the language.
    const again = await runInProcess(['init', ...FLAGS, '--name', 'Другой детский сад'], { cwd: dir });
    expect(again.exitCode).toBe(0);
    expect(again.stdout).not.toContain('создан: ');
    expect(again.stdout.split('\n').filter((line) => line.startsWith('уже есть, оставлен без изменений: '))).toEqual(
      CREATED.filter((path) => path !== 'teachers/kuznetsova-ev.yaml').map((path) => `уже есть, оставлен без изменений: ${path}`),
    );
    expect(again.stdout).toContain(
      'mentor.yaml уже есть, поэтому --name, --short-name, --city, --head, --curator-name не использованы: правьте mentor.yaml сами.',
    );
    expect(again.stdout).toContain('Создано 0 файлов, оставлено без изменений 15 файлов.');
    expect(snapshot(dir)).toEqual(before);
  });

  it('keeps a README.md that is already there, and makes the rest', async () => {
    const dir = tempWorkspace(null);
    writeFileSync(join(dir, 'README.md'), 'Наш README\n');
    const result = await runInProcess(['--lang', 'ru', 'init', ...FLAGS], { cwd: dir });
    expect(result.exitCode).toBe(0);
    expect(result.stdout).toContain('уже есть, оставлен без изменений: README.md\n');
    expect(result.stdout).toContain('создан: mentor.yaml\n');
    expect(readFileSync(join(dir, 'README.md'), 'utf8')).toBe('Наш README\n');
  });

  it('in a folder with a mentor.yaml, adds the missing pieces without asking for anything', async () => {
    const dir = tempWorkspace();
    const before = snapshot(dir);
    const result = await runInProcess(['init'], { cwd: dir });
    expect(result).toMatchObject({ exitCode: 0, stderr: '' });
    expect(result.stdout).toContain('exists, left unchanged: mentor.yaml\n');
    expect(result.stdout).toContain('exists, left unchanged: README.md\n');
    expect(result.stdout).toContain('created: .gitlab-ci.yml\n');
    expect(result.stdout).not.toContain('teachers/kuznetsova-ev.yaml');
    const after = snapshot(dir);
    for (const [path, bytes] of Object.entries(before)) expect(after[path], path).toBe(bytes);
    expect(await validate(dir, '--today', '2026-03-20')).toMatchObject({ exitCode: 0, stdout: 'No problems in 42 files\n' });
  });

  it("needs no curator's name when the curator's teacher file is there", async () => {
    const dir = tempWorkspace(null);
    mkdirSync(join(dir, 'teachers'));
    writeFileSync(join(dir, 'teachers', 'kuznetsova-ev.yaml'), readFileSync(join(EXAMPLE, 'teachers', 'kuznetsova-ev.yaml')));
    const result = await runInProcess(['init', '--name', 'Детский сад', '--head', 'Сидорова Н. И.', '--curator', 'kuznetsova-ev'], { cwd: dir });
    expect(result.exitCode).toBe(0);
    expect(result.stdout).not.toContain('teachers/kuznetsova-ev.yaml');
    expect((await validate(dir)).exitCode).toBe(0);
  });

  it("keeps the curator's teacher file that is there, and does not call it placeholders", async () => {
    const dir = tempWorkspace(null);
    mkdirSync(join(dir, 'teachers'));
    const teacher = readFileSync(join(EXAMPLE, 'teachers', 'kuznetsova-ev.yaml'));
    writeFileSync(join(dir, 'teachers', 'kuznetsova-ev.yaml'), teacher);
    const result = await runInProcess(['init', ...FLAGS], { cwd: dir });
    expect(result.exitCode).toBe(0);
    expect(result.stdout).toContain('exists, left unchanged: teachers/kuznetsova-ev.yaml\n');
    expect(result.stdout).not.toContain('placeholders');
    expect(readFileSync(join(dir, 'teachers', 'kuznetsova-ev.yaml'))).toEqual(teacher);
  });
});

describe('mentor init refuses', () => {
  it('without a terminal, lists the missing flags, asks nothing and creates nothing (exit 2)', async () => {
    const dir = tempWorkspace(null);
    const result = await runInProcess(['init', '--city', 'г. Вологда'], { cwd: dir });
    expect(result.exitCode).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('mentor.yaml needs --name, --head, --curator-name.');
    expect(result.stderr).toContain('not a terminal');
    expect(readdirSync(dir)).toEqual([]);
    const ru = await runInProcess(['--lang', 'ru', 'init', '--name', 'x'], { cwd: dir });
    expect(ru.stderr).toContain('Не хватает данных для mentor.yaml: --head, --curator-name.');
  });

  it.each([
    [['--target', '1.5'], '--target: "1.5" is not a share from 0 to 1'],
    [['--curator', 'Кузнецова'], '--curator: "Кузнецова" is not an id'],
    [['--curator-position', 'director'], '--curator-position: "director" is not a position code'],
  ])('a wrong value %j (exit 2)', async (args, message) => {
    const dir = tempWorkspace(null);
    const result = await runInProcess(['init', ...FLAGS, ...args], { cwd: dir });
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toContain(message);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('a wrong --quarters, and a DIR that is a file (exit 2)', async () => {
    const dir = tempWorkspace(null);
    expect((await runInProcess(['init', ...FLAGS, '--quarters', 'school'], { cwd: dir })).exitCode).toBe(2);
    writeFileSync(join(dir, 'file'), '');
    const result = await runInProcess(['init', 'file', ...FLAGS], { cwd: dir });
    expect(result).toMatchObject({ exitCode: 2, stderr: 'file is not a folder.\n' });
  });
});

describe('mentor init at a terminal (in-process)', () => {
  /** main() with a fake terminal on stdin that holds `typed`; returns what was printed. */
  async function atTerminal(cwd: string, argv: string[], typed: string, end = true): Promise<{ exitCode: number; stdout: string; stderr: string }> {
    const stdin = Object.assign(new PassThrough(), { isTTY: true });
    stdin.write(typed);
    if (end) stdin.end();
    let stdout = '';
    let stderr = '';
    const exitCode = await main(argv, {
      cwd,
      env: { LANG: 'en_US.UTF-8' },
      stdout: (text) => (stdout += text),
      stderr: (text) => (stderr += text),
      isTTY: false,
      stdin: () => stdin,
    });
    return { exitCode, stdout, stderr };
  }

  it('asks for what is missing, with defaults, and creates the workspace from the answers', async () => {
    const dir = tempWorkspace(null);
    const typed = ['', 'Детский сад № 5', '', 'г. Тотьма', 'Петрова Ольга Ивановна', '', '', '', '0,75', ''].join('\n') + '\n';
    const result = await atTerminal(dir, ['init', '--curator-name', 'Щукина Юлия Юрьевна'], typed, false);
    expect(result.stderr).toBe('');
    expect(result.exitCode).toBe(0);
    expect(result.stdout).toContain('Full name of the kindergarten (as in its charter): This value is required.\n');
    expect(result.stdout).toContain("The curator's id (Latin: surname and initials) [shchukina-yuyu]: ");
    expect(result.stdout).toContain('created: mentor.yaml\n');
    expect(parse(readFileSync(join(dir, 'mentor.yaml'), 'utf8'))).toMatchObject({
      organization: { name: 'Детский сад № 5', city: 'г. Тотьма', head: 'Петрова Ольга Ивановна', curator: 'shchukina-yuyu' },
      programme: { title: 'Программа наставничества', target_coverage: 0.75 },
    });
    expect(existsSync(join(dir, 'teachers', 'shchukina-yuyu.yaml'))).toBe(true);
  });

  it('asks nothing when the flags give every required value, or with --yes', async () => {
    const dir = tempWorkspace(null);
    const given = await atTerminal(dir, ['init', ...FLAGS], '');
    expect(given.exitCode).toBe(0);
    expect(given.stdout).not.toContain('?');
    expect(given.stdout).not.toContain('Answer the questions');
    const yes = await atTerminal(tempWorkspace(null), ['init', '--yes', '--name', 'x'], '');
    expect(yes.exitCode).toBe(2);
    expect(yes.stdout).toBe('');
    expect(yes.stderr).toContain('mentor.yaml needs --head, --curator-name. With --yes mentor init asks nothing');
  });

  it('stops, creating nothing, when the input ends before the answers do (exit 2)', async () => {
    const dir = tempWorkspace(null);
    const result = await atTerminal(dir, ['init'], 'Детский сад\n');
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toContain('The input ended before all the answers were given. Nothing was created.');
    expect(readdirSync(dir)).toEqual([]);
  });
});
