// The language of a run: settings.lang, then --lang, then the locale, then Russian; help, usage
// errors and every message in both languages.

import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { COMMANDS, GLOBAL_OPTIONS, main, type CommandSpec } from '../../src/cli/main.js';
import { DOCUMENT_OPTIONS, EDIT_OPTIONS, shared } from '../../src/cli/shared-options.js';
import { langFromLocale } from '../../src/cli/workspace-lang.js';
import { localName, type OptionSpec } from '../../src/cli/localized-command.js';
import { LOG_TEXT } from '../../src/history/log-text.js';
import { INIT_TEXT } from '../../src/init/messages.js';
import { CATALOGUES } from '../../src/messages/index.js';
import { EDIT_TEXT } from '../../src/messages/edit.js';
import { PLAN_TEXT } from '../../src/messages/plan.js';
import { REPORT_TEXT } from '../../src/messages/report.js';
import { UI } from '../../src/messages/ui.js';
import { USAGE, type Bilingual } from '../../src/messages/usage.js';
import { ASSIGN_ERROR_MESSAGES } from '../../src/plan/assign-messages.js';
import { MATCH_MESSAGES } from '../../src/plan/match-messages.js';
import { runMentor, tempWorkspace } from './helpers.js';

interface Run {
  exitCode: number;
  stdout: string;
  stderr: string;
}

/** main() in-process, in a folder outside any workspace unless `cwd` says otherwise. */
async function run(argv: string[], env: Record<string, string> = {}, cwd = tempWorkspace(null)): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const exitCode = await main(argv, { cwd, env, stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), isTTY: false });
  return { exitCode, stdout, stderr };
}

const EN = { LANG: 'en_US.UTF-8' };
/** What commander says in English, and must not say in a Russian help or usage error. */
const ENGLISH = /Usage|Options|Arguments|Commands|\[options\]|\[command\]|display help|default:|choices:|error:|argument|option '|Did you mean/;

/** Every command of the table as it is typed: ['validate'], ['render', 'route'] … */
function commandPaths(specs: readonly CommandSpec[] = COMMANDS, above: string[] = []): string[][] {
  return specs.flatMap((spec) => [[...above, spec.name], ...commandPaths(spec.subcommands ?? [], [...above, spec.name])]);
}

describe('the language of a run', () => {
  it('is Russian where the locale names no language, English where it names English', () => {
    for (const env of [{}, { LANG: '' }, { LANG: 'C' }, { LANG: 'POSIX' }, { LANG: 'C.UTF-8' }, { LANG: 'ru_RU.UTF-8' }, { LANG: 'uk_UA.UTF-8' }]) {
      expect(langFromLocale(env), JSON.stringify(env)).toBe('ru');
    }
    for (const env of [{ LANG: 'en_US.UTF-8' }, { LANG: 'en_GB' }, { LANG: 'en' }, { LC_MESSAGES: 'en_US.UTF-8', LANG: 'ru_RU.UTF-8' }]) {
      expect(langFromLocale(env), JSON.stringify(env)).toBe('en');
    }
    // LC_ALL, then LC_MESSAGES, then LANG: the first that is set decides, even when it names no language.
    expect(langFromLocale({ LC_ALL: 'C.UTF-8', LANG: 'en_US.UTF-8' })).toBe('ru');
    expect(langFromLocale({ LC_ALL: 'en_US.UTF-8', LANG: 'ru_RU.UTF-8' })).toBe('en');
    expect(langFromLocale({ LANG: 'eng' })).toBe('ru');
  });

  it('is Russian by default: the binary with LANG unset and with C.UTF-8', () => {
    const dir = tempWorkspace(null);
    for (const env of [{ LANG: '' }, { LANG: 'C.UTF-8' }]) {
      const result = runMentor(['validate'], { cwd: dir, env });
      expect(result.exitCode).toBe(2);
      expect(result.stderr).toMatch(/^Рабочая папка не найдена/);
    }
    expect(runMentor(['validate'], { cwd: dir, env: EN }).stderr).toMatch(/^No workspace found/);
  });

  it('follows --lang over the locale', async () => {
    expect((await run(['--lang', 'en', '--help'])).stdout).toMatch(/^Usage: mentor/);
    expect((await run(['--lang=ru', '--help'], EN)).stdout).toMatch(/^Использование: mentor/);
  });

  it('follows settings.lang of mentor.yaml over --lang and LANG, in help and usage errors too', async () => {
    const dir = tempWorkspace();
    const config = join(dir, 'mentor.yaml');
    writeFileSync(config, readFileSync(config, 'utf8').replace('  quarters: calendar', '  quarters: calendar\n  lang: ru'));
    expect((await run(['--lang', 'en', 'validate', '--today', '2026-03-20'], EN, dir)).stdout).toBe('Проблем не найдено (42 файла)\n');
    expect((await run(['validate', '--help'], EN, dir)).stdout).toMatch(/^Использование: mentor validate \[параметры\] \[пути\.\.\.\]\n/);
    expect((await run(['validate', '--bogus'], EN, dir)).stderr).toMatch(/^ошибка: неизвестный параметр «--bogus»/);
    // A command that stops before it reads the workspace speaks it too.
    const log = await run(['--lang', 'en', 'log', 'Not An Id'], EN, dir);
    expect(log.exitCode).toBe(2);
    expect(log.stderr).toMatch(/^«Not An Id» — /);
    // The workspace named by --workspace counts, from anywhere.
    expect((await run(['--lang', 'en', '--workspace', dir, 'plan', '--help'], EN)).stdout).toMatch(/^Использование: mentor plan/);

    writeFileSync(config, readFileSync(config, 'utf8').replace('  lang: ru', '  lang: en'));
    expect((await run(['validate', '--today', '2026-03-20'], {}, dir)).stdout).toBe('No problems in 42 files\n');
    expect((await run(['validate', '--help'], {}, dir)).stdout).toMatch(/^Usage: mentor validate/);
  });
});

describe('help', () => {
  it('is Russian in Russian', async () => {
    const result = await run(['--help']);
    expect(result.exitCode).toBe(0);
    expect(result.stdout).toMatch(/^Использование: mentor \[параметры\] \[команда\]\n\nЗаписи, проверки и документы/);
    expect(result.stdout).toContain('\nПараметры:\n');
    expect(result.stdout).toContain('\nКоманды:\n');
    expect(result.stdout).toMatch(/-h, --help +показать справку\n/);
    expect(result.stdout).toMatch(/validate \[параметры\] \[пути\.\.\.\] +проверить все файлы записей/);
    expect(result.stdout).toMatch(/help \[команда\] +показать справку по команде/);
    expect(result.stdout).not.toMatch(ENGLISH);
  });

  it('is English in English', async () => {
    const result = await run(['--help'], EN);
    expect(result.stdout).toMatch(/^Usage: mentor \[options\] \[command\]\n\nRecords, checks and documents/);
    expect(result.stdout).toContain('\nOptions:\n');
    expect(result.stdout).toContain('\nCommands:\n');
    expect(result.stdout).toMatch(/-h, --help +display help for command\n/);
    expect(result.stdout).not.toMatch(/[а-яё]{4}/i);
  });

  it.each(commandPaths().map((path) => path.join(' ')))('of %s is whole in both languages', async (typed) => {
    const path = typed.split(' ');
    const ru = await run([...path, '--help']);
    expect(ru.exitCode).toBe(0);
    expect(ru.stdout).toMatch(new RegExp(`^Использование: mentor ${path.join(' ')} \\[параметры\\]`));
    expect(ru.stdout).not.toMatch(ENGLISH);
    const en = await run([...path, '--help'], EN);
    expect(en.stdout).toMatch(new RegExp(`^Usage: mentor ${path.join(' ')} \\[options\\]`));
    // Russian titles of the kindergarten's own words (дорожная карта, «Конспект…») are examples, not leftovers.
    expect(en.stdout).not.toMatch(/Использование|Параметры|Команды|показать справку/);
    // The help command says the same: `mentor help validate`, `mentor render help route`.
    expect((await run([...path.slice(0, -1), 'help', path.at(-1)!])).stdout).toBe(ru.stdout);
  });

  it('names option values in Russian, and lists choices and defaults in Russian', async () => {
    const result = await run(['validate', '--help']);
    expect(result.stdout).toMatch(/-f, --format <формат> +формат вывода \(варианты: «text», «json», «github»,\n +«junit», «sarif»; по умолчанию «text»\)/);
    expect(result.stdout).toMatch(/--today <дата> /);
    expect((await run(['validate', '--help'], EN)).stdout).toMatch(/-f, --format <format> +output format \(choices: "text", "json", "github",\n +"junit", "sarif"; default: "text"\)/);
  });
});

describe('usage errors', () => {
  const cases: { argv: string[]; ru: string; en: string }[] = [
    {
      argv: ['validate', '--strcit'],
      ru: 'ошибка: неизвестный параметр «--strcit»\n(Может быть, --strict?)\nПодробнее: mentor validate --help.\n',
      en: "error: unknown option '--strcit'\n(Did you mean --strict?)\nSee mentor validate --help.\n",
    },
    {
      argv: ['validate', '--chang'],
      ru: 'ошибка: неизвестный параметр «--chang»\n(Может быть, одно из: --changed, --lang?)\nПодробнее: mentor validate --help.\n',
      en: "error: unknown option '--chang'\n(Did you mean one of --changed, --lang?)\nSee mentor validate --help.\n",
    },
    {
      argv: ['validat'],
      ru: 'ошибка: неизвестная команда «validat»\n(Может быть, validate?)\nПодробнее: mentor --help.\n',
      en: "error: unknown command 'validat'\n(Did you mean validate?)\nSee mentor --help.\n",
    },
    {
      argv: ['done', 'ivanova-ma'],
      ru: 'ошибка: не указан обязательный аргумент «пункт»\nПодробнее: mentor done --help.\n',
      en: "error: missing required argument 'item'\nSee mentor done --help.\n",
    },
    {
      argv: ['validate', '--format', 'xml'],
      ru: 'ошибка: у параметра «-f, --format <формат>» значение «xml» недопустимо; допустимы: «text», «json», «github», «junit», «sarif».\nПодробнее: mentor validate --help.\n',
      en: "error: option '-f, --format <format>' argument 'xml' is invalid. Allowed choices are text, json, github, junit, sarif.\nSee mentor validate --help.\n",
    },
    {
      argv: ['log', 'ivanova-ma', 'belova-as'],
      ru: 'ошибка: команде «log» указано слишком много аргументов (2): она принимает не больше 1 аргумента.\nПодробнее: mentor log --help.\n',
      en: "error: too many arguments for 'log'. Expected 1 argument but got 2.\nSee mentor log --help.\n",
    },
    {
      argv: ['render', 'roadmap', 'extra'],
      ru: 'ошибка: команде «render roadmap» указано слишком много аргументов (1): она не принимает аргументов.\nПодробнее: mentor render roadmap --help.\n',
      en: "error: too many arguments for 'render roadmap'. Expected 0 arguments but got 1.\nSee mentor render roadmap --help.\n",
    },
    {
      argv: ['meeting', 'ivanova-ma', '--topic', 'x', '--minutes', '30'],
      ru: 'ошибка: не указан обязательный параметр «--date <дата>»\nПодробнее: mentor meeting --help.\n',
      en: "error: required option '--date <date>' not specified\nSee mentor meeting --help.\n",
    },
    {
      argv: ['validate', '--today'],
      ru: 'ошибка: у параметра «--today <дата>» не указано значение\nПодробнее: mentor validate --help.\n',
      en: "error: option '--today <date>' argument missing\nSee mentor validate --help.\n",
    },
  ];

  it.each(cases)('$argv: in Russian and in English, exit 2', async ({ argv, ru, en }) => {
    const russian = await run(argv);
    expect(russian).toEqual({ exitCode: 2, stdout: '', stderr: ru });
    expect(await run(argv, EN)).toEqual({ exitCode: 2, stdout: '', stderr: en });
  });

  it('are Russian from the binary with LANG unset', () => {
    const result = runMentor(['validate', '--bogus'], { cwd: tempWorkspace(null), env: { LANG: '' } });
    expect(result).toEqual({ exitCode: 2, stdout: '', stderr: 'ошибка: неизвестный параметр «--bogus»\nПодробнее: mentor validate --help.\n' });
  });
});

/** Every leaf of `en` has one in `ru` and back, and none is empty: a message id in one language only fails. */
function expectSameIds(en: unknown, ru: unknown, path: string): void {
  // A text is a fixed string or a function of the parameters, in either language independently.
  const isText = (value: unknown): boolean => typeof value === 'string' || typeof value === 'function';
  if (isText(en) || isText(ru)) {
    expect(isText(en) && isText(ru), `${path}: a text in both languages`).toBe(true);
    if (typeof en === 'string') expect(en.length, `${path}: English is empty`).toBeGreaterThan(0);
    if (typeof ru === 'string') expect(ru.length, `${path}: Russian is empty`).toBeGreaterThan(0);
    return;
  }
  if (en === null || typeof en !== 'object' || ru === null || typeof ru !== 'object') {
    expect(ru, path).toEqual(en);
    return;
  }
  expect(Object.keys(ru).sort(), `the ids of ${path}`).toEqual(Object.keys(en).sort());
  for (const key of Object.keys(en)) expectSameIds((en as Record<string, unknown>)[key], (ru as Record<string, unknown>)[key], `${path}.${key}`);
}

function expectBilingual(text: Bilingual, where: string): void {
  expect(text.en.trim(), `${where}: English`).not.toBe('');
  expect(text.ru, `${where}: Russian`).toMatch(/[а-яё]/i);
  expect(text.ru, where).not.toBe(text.en);
}

describe('every message in both languages', () => {
  const TABLES: Record<string, Record<'en' | 'ru', unknown>> = {
    CATALOGUES,
    UI,
    USAGE,
    EDIT_TEXT,
    PLAN_TEXT,
    REPORT_TEXT,
    LOG_TEXT,
    INIT_TEXT,
    ASSIGN_ERROR_MESSAGES,
    MATCH_MESSAGES,
  };

  it.each(Object.keys(TABLES))('%s has the same ids in Russian and English', (name) => {
    expectSameIds(TABLES[name]!.en, TABLES[name]!.ru, name);
  });

  it('the check fails when an id lacks a language', () => {
    expect(() => expectSameIds({ a: 'x', b: 'y' }, { a: 'х' }, 'T')).toThrow();
    expect(() => expectSameIds({ a: 'x' }, { a: '' }, 'T')).toThrow();
  });

  it('every command, argument and option is described in both languages, with Russian value names', () => {
    const options: OptionSpec[] = [...GLOBAL_OPTIONS, ...[...DOCUMENT_OPTIONS, ...EDIT_OPTIONS, 'browser' as const].map(shared)];
    const walk = (specs: readonly CommandSpec[]): void => {
      for (const spec of specs) {
        expectBilingual(spec.description, spec.name);
        for (const argument of spec.arguments ?? []) {
          expectBilingual(argument.description, `${spec.name} ${argument.name}`);
          expect(localName(argument.name, 'ru')).toMatch(/^[<[][а-яё]/);
        }
        for (const option of spec.options ?? []) if (typeof option !== 'string') options.push(option);
        walk(spec.subcommands ?? []);
      }
    };
    walk(COMMANDS);
    for (const option of options) {
      expectBilingual(option.description, option.flags);
      expect(localName(option.flags, 'ru')).not.toMatch(/<[a-z]/);
    }
    expect(() => localName('--nonsense <frobnicator>', 'ru')).toThrow(/No Russian name/);
  });
});
