// CLI scenarios: one table of single runs — arguments, workspace, environment, the exit code and
// what is printed. Every scenario runs in-process through main(argv, io); those marked `binary`
// also run against the built `bin/mentor.js` in a process of its own, so that the bundle, its
// lazily loaded chunks and templates, and the wiring of the real process stay covered.

import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { VERSION } from '../../src/cli/version.js';
import { EXAMPLE, REPO, runInProcess, runMentor, tempWorkspace, type RunOptions, type RunResult } from './helpers.js';

const TODAY = ['--today', '2026-03-20'];

/** What a stream must be: exactly this text, text matching this, or checked by a function. */
type Expected = string | RegExp | ((text: string, dir: string) => void);

interface Scenario {
  name: string;
  args: string[];
  /** The folder it runs on: the example itself (never written to), a fresh copy of it, or an empty folder. */
  workspace?: 'example' | 'copy' | 'empty';
  /** Changes made to that folder before the run. */
  setup?: (dir: string) => void;
  /** The folder the command starts in, relative to the workspace folder (or absolute); default: the workspace folder. */
  cwd?: string;
  env?: Record<string, string>;
  exitCode: number;
  stdout?: Expected;
  stderr?: Expected;
  /** Checks of the folder after the run. */
  after?: (dir: string) => void;
  /** Also run against the spawned binary. */
  binary?: true;
}

/** A usage error: what is wrong in one line and where to read more, never a stack or the whole help. */
function usageError(pattern: RegExp): (text: string) => void {
  return (text) => {
    expect(text).toMatch(pattern);
    expect(text).not.toMatch(/\n\s+at /);
    expect(text).not.toContain('Usage:');
    expect(text.trim().split('\n').length).toBeLessThanOrEqual(2);
  };
}

/** A value at the edge of the calendar: one line naming it, never an internal error. */
function oneLineError(pattern: RegExp): (text: string) => void {
  return (text) => {
    expect(text).toMatch(pattern);
    expect(text.trimEnd().split('\n')).toHaveLength(1);
    expect(text).not.toMatch(/Invalid time value|\n\s+at /);
  };
}

function contains(...parts: string[]): (text: string) => void {
  return (text) => {
    for (const part of parts) expect(text).toContain(part);
  };
}

const SCENARIOS: Scenario[] = [
  // validate on the example
  { name: 'validate: the example has no problem', args: ['validate', '--workspace', EXAMPLE, ...TODAY], exitCode: 0, stdout: 'No problems in 42 files\n', stderr: '', binary: true },
  { name: 'validate in Russian with --lang ru', args: ['--lang', 'ru', 'validate', '--workspace', EXAMPLE, ...TODAY], exitCode: 0, stdout: 'Проблем не найдено (42 файла)\n' },
  {
    name: 'validate in Russian when the locale is Russian',
    args: ['validate', '--workspace', EXAMPLE, ...TODAY],
    env: { LANG: 'ru_RU.UTF-8' },
    exitCode: 0,
    stdout: 'Проблем не найдено (42 файла)\n',
    binary: true,
  },
  { name: 'validate finds the workspace by walking up from a subfolder', args: ['validate', ...TODAY], cwd: 'routes/2025-2026', exitCode: 0, binary: true },
  {
    name: 'validate --format json prints a document with the summary',
    args: ['validate', '--workspace', EXAMPLE, ...TODAY, '--format', 'json'],
    exitCode: 0,
    stdout: (text) => expect(JSON.parse(text)).toEqual({ version: 1, summary: { files: 42, errors: 0, warnings: 0 }, problems: [] }),
  },

  // usage errors: exit 2 with a message and no stack trace
  { name: 'usage: an unknown format', args: ['validate', '--format', 'xml'], exitCode: 2, stderr: usageError(/xml/) },
  { name: 'usage: an impossible --today', args: ['validate', '--today', '2026-02-30'], exitCode: 2, stderr: usageError(/2026-02-30/) },
  { name: 'usage: a --workspace without mentor.yaml', args: ['validate', '--workspace', 'teachers'], exitCode: 2, stderr: usageError(/teachers has no mentor\.yaml/) },
  { name: 'usage: a --workspace that does not exist', args: ['validate', '--workspace', 'no-such-folder'], exitCode: 2, stderr: usageError(/no-such-folder/) },
  { name: 'usage: an unknown command', args: ['frobnicate'], exitCode: 2, stderr: usageError(/frobnicate/) },
  { name: 'usage: an unknown option', args: ['validate', '--frob'], exitCode: 2, stderr: usageError(/--frob/), binary: true },
  { name: 'usage: an unknown language', args: ['--lang', 'de', 'validate'], exitCode: 2, stderr: usageError(/de/) },
  { name: 'usage: an option error points at the help of its own command', args: ['validate', '--frob'], exitCode: 2, stderr: "error: unknown option '--frob'\nSee mentor validate --help.\n" },
  { name: 'usage: … of a subcommand', args: ['render', 'route', '--frob'], exitCode: 2, stderr: contains('See mentor render route --help.') },
  { name: 'usage: … in Russian', args: ['--lang', 'ru', 'report', '--frob'], exitCode: 2, stderr: contains('Подробнее: mentor report --help.') },
  { name: 'usage: a path that does not exist', args: ['validate', 'teachers/nobody.yaml'], exitCode: 2, stderr: 'teachers/nobody.yaml: no such file or folder.\n' },
  { name: 'usage: a path outside the workspace', args: ['validate', '--workspace', EXAMPLE, REPO], cwd: REPO, exitCode: 2, stderr: contains('is outside the workspace') },
  { name: 'usage: outside any workspace', args: ['validate'], workspace: 'empty', exitCode: 2, stderr: contains('No workspace found'), binary: true },
  { name: 'report: a malformed period, with the accepted forms', args: ['report', ...TODAY, '--workspace', EXAMPLE, '--period', '2026Q5'], exitCode: 2, stderr: contains('2026Q1, 2026-Q1, 2025/2026, 2025/2026Q2, 2026-01, 2026-01-01..2026-03-31') },
  { name: 'report: a CSV separator that is neither , nor ;', args: ['report', ...TODAY, '--workspace', EXAMPLE, '--csv-separator', '|'], exitCode: 2 },
  {
    name: 'meeting: minutes that are not a number',
    args: ['meeting', 'ivanova-ma', '--date', '2026-03-19', '--topic', 'x', '--minutes', '40 минут', ...TODAY],
    workspace: 'copy',
    exitCode: 2,
    stderr: '--minutes: "40 минут" is not a number of minutes.\n',
  },
  {
    name: 'done: a misspelt item id gets a did-you-mean',
    args: ['--lang', 'ru', 'done', 'ivanova-ma', 'diagnostics-fina', ...TODAY],
    workspace: 'copy',
    exitCode: 2,
    stderr: 'Мероприятия «diagnostics-fina» в routes/2025-2026/ivanova-ma.yaml нет. Может быть, «diagnostics-final»?\n',
  },
  {
    name: 'done: a misspelt route gets a did-you-mean',
    args: ['done', 'ivanova-mb', 'x', ...TODAY],
    workspace: 'copy',
    exitCode: 2,
    stderr: 'No route of 2025/2026 for "ivanova-mb" in routes/. Did you mean "ivanova-ma"?\n',
  },
  {
    name: 'log: git is missing',
    args: ['log'],
    workspace: 'empty',
    setup: (dir) => {
      mkdirSync(join(dir, 'solnyshko'));
      writeFileSync(join(dir, 'solnyshko', 'mentor.yaml'), 'organization: {}\n');
    },
    cwd: 'solnyshko',
    env: { PATH: '/nonexistent' },
    exitCode: 2,
    stderr: contains('git is not installed'),
    binary: true,
  },

  // help and version
  { name: '--help exits 0', args: ['--help'], exitCode: 0 },
  { name: 'validate --help lists its options', args: ['validate', '--help'], exitCode: 0, stdout: contains('--format') },
  { name: '--version prints the version', args: ['--version'], exitCode: 0, stdout: `${VERSION}\n`, after: () => expect(VERSION).toMatch(/^\d+\.\d+\.\d+$/), binary: true },
  { name: '-v prints the version', args: ['-v'], exitCode: 0, stdout: `${VERSION}\n` },
  { name: '-V prints the version', args: ['-V'], exitCode: 0, stdout: `${VERSION}\n` },

  // days and years as people write them
  { name: 'validate takes --today 20.03.2026', args: ['validate', '--today', '20.03.2026'], exitCode: 0, stdout: 'No problems in 42 files\n' },
  {
    name: 'render route takes --year 2025-2026 and --today 20.03.2026',
    args: ['render', 'route', 'ivanova-ma', '--year', '2025-2026', '--today', '20.03.2026', '--out', 'out'],
    workspace: 'copy',
    exitCode: 0,
    after: (dir) => expect(readdirSync(join(dir, 'out'))).toContain('route-ivanova-ma-2025-2026.html'),
    binary: true,
  },
  {
    name: 'a wrong day is quoted as typed',
    args: ['--lang', 'ru', 'validate', '--today', '32.03.2026'],
    exitCode: 2,
    stderr: '«32.03.2026» — не дата: запишите её как 2026-03-20 или 20.03.2026, год — от 1900 до 2100.\n',
  },

  // values at the edge of the calendar: one line, exit 2
  { name: 'edge: report --period 0000Q1', args: ['report', '--period', '0000Q1', ...TODAY, '--format', 'json'], workspace: 'copy', exitCode: 2, stderr: oneLineError(/0000Q1/) },
  { name: 'edge: report --period 2101-01', args: ['report', '--period', '2101-01', ...TODAY, '--format', 'json'], workspace: 'copy', exitCode: 2, stderr: oneLineError(/2101-01/) },
  {
    name: 'edge: report --period 1899-01-01..1899-12-31',
    args: ['report', '--period', '1899-01-01..1899-12-31', ...TODAY, '--format', 'json'],
    workspace: 'copy',
    exitCode: 2,
    stderr: oneLineError(/1899-01-01/),
  },
  { name: 'edge: validate --today 9999-12-31', args: ['validate', '--today', '9999-12-31'], workspace: 'copy', exitCode: 2, stderr: oneLineError(/9999-12-31.*1900.*2100/) },
  { name: 'edge: validate --today 1899-12-31', args: ['validate', '--today', '1899-12-31'], workspace: 'copy', exitCode: 2, stderr: oneLineError(/1899-12-31/) },
  { name: 'edge: report --today 9999-12-31', args: ['report', '--today', '9999-12-31', '--format', 'json'], workspace: 'copy', exitCode: 2, stderr: oneLineError(/9999-12-31/) },
  { name: 'edge: plan --today 9999-12-31', args: ['plan', '--today', '9999-12-31', '--dry-run'], workspace: 'copy', exitCode: 2, stderr: oneLineError(/9999-12-31/), binary: true },
  { name: 'edge: plan --year 0000/0001', args: ['plan', '--year', '0000/0001', ...TODAY, '--dry-run'], workspace: 'copy', exitCode: 2, stderr: oneLineError(/0000\/0001/) },

  // documents and plans of the example
  {
    name: 'report --format md prints the report of the period to stdout',
    args: ['report', ...TODAY, '--workspace', EXAMPLE, '--format', 'md', '--period', '2025/2026Q3'],
    exitCode: 0,
    stdout: contains('# Отчёт о реализации программы наставничества', 'III квартал 2025/2026 учебного года'),
    binary: true,
  },
  {
    name: 'plan --suggest-mentors in Russian',
    args: ['--lang', 'ru', 'plan', '--suggest-mentors', ...TODAY],
    workspace: 'copy',
    exitCode: 0,
    stdout: (text) => {
      expect(text).toContain('Молодой специалист: педагогический стаж');
      expect(text).toMatch(/\(\d+ балл(а|ов)?\)/);
    },
    binary: true,
  },
];

function check(expected: Expected | undefined, text: string, dir: string): void {
  if (expected === undefined) return;
  if (typeof expected === 'string') expect(text).toBe(expected);
  else if (expected instanceof RegExp) expect(text).toMatch(expected);
  else expected(text, dir);
}

async function play(scenario: Scenario, run: (args: string[], options: RunOptions) => Promise<RunResult>): Promise<void> {
  const where = scenario.workspace ?? 'example';
  const dir = where === 'example' ? EXAMPLE : tempWorkspace(where === 'copy' ? EXAMPLE : null);
  scenario.setup?.(dir);
  const result = await run(scenario.args, { cwd: resolve(dir, scenario.cwd ?? '.'), ...(scenario.env ? { env: scenario.env } : {}) });
  expect(result.exitCode, result.stderr).toBe(scenario.exitCode);
  check(scenario.stdout, result.stdout, dir);
  check(scenario.stderr, result.stderr, dir);
  scenario.after?.(dir);
  // The example is read, never written to.
  expect(existsSync(join(EXAMPLE, 'out'))).toBe(false);
}

describe('CLI scenarios, in-process', () => {
  for (const scenario of SCENARIOS) it(scenario.name, () => play(scenario, runInProcess));
});

describe('CLI scenarios, the built binary', () => {
  const binary = SCENARIOS.filter((scenario) => scenario.binary);
  it('are about ten, and cover several commands', () => {
    expect(binary.length).toBeGreaterThanOrEqual(8);
    expect(binary.length).toBeLessThanOrEqual(14);
  });
  for (const scenario of binary) it(scenario.name, () => play(scenario, async (args, options) => runMentor(args, options)));
});
