// CLI: `mentor init [DIR]` — take the kindergarten's data from flags or questions, create the missing files.

import { existsSync, mkdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { displayPath } from './display-path.js';
import { createInterface } from 'node:readline/promises';
import { todayIso } from '../model/dates.js';
import {
  ANSWER_FLAGS,
  ANSWER_KEYS,
  checkAnswer,
  cleanAnswers,
  resolveAnswers,
  type HasTeacher,
  type InitAnswers,
  type RawAnswers,
} from '../init/answers.js';
import { askAnswers, InputClosedError, type Asker } from '../init/ask-answers.js';
import { initFiles, type InitFile } from '../init/init-files.js';
import { INSTALLED_SCHEMAS } from '../init/tooling.js';
import { INIT_TEXT, type InitText } from '../init/messages.js';
import { EXIT_FAILURE, EXIT_OK, type Io, type StdinStream } from './io.js';
import type { GlobalOptions } from './global-options.js';
import { createFileAtomic, FileExistsError } from './write-file.js';

export type InitCliOptions = RawAnswers & { yes?: boolean };

export async function runInit(globals: GlobalOptions, dir: string | undefined, options: InitCliOptions, io: Io): Promise<number> {
  const text = INIT_TEXT[globals.lang];
  const root = resolve(io.cwd, dir ?? globals.workspace ?? '.');
  if (existsSync(root) && !statSync(root).isDirectory()) {
    io.stderr(`${text.notAFolder(displayPath(io.cwd, root))}\n`);
    return EXIT_FAILURE;
  }
  const given = cleanAnswers(options);
  const fault = firstFault(given, text);
  if (fault !== undefined) {
    io.stderr(`${fault}\n`);
    return EXIT_FAILURE;
  }
  const hasConfig = existsSync(join(root, 'mentor.yaml'));
  const answers = hasConfig ? undefined : await gatherAnswers(given, root, options.yes === true, text, io);
  if (typeof answers === 'number') return answers;
  if (hasConfig) {
    io.stdout(`${text.kept(displayPath(io.cwd, join(root, 'mentor.yaml')))}\n`);
    const unused = ANSWER_KEYS.filter((key) => given[key] !== undefined).map((key) => ANSWER_FLAGS[key]);
    if (unused.length > 0) io.stdout(`${text.flagsUnused(unused)}\n`);
  }
  mkdirSync(root, { recursive: true });
  const files = initFiles(answers, { schemas: INSTALLED_SCHEMAS, today: todayIso() });
  const created = createFiles(root, files, text, io);
  io.stdout(`${text.summary(created.length, files.length - created.length + (hasConfig ? 1 : 0))}\n`);
  const curatorFile = answers === undefined ? undefined : `teachers/${answers.curator}.yaml`;
  if (curatorFile !== undefined && created.includes(curatorFile)) {
    io.stdout(`${text.curatorToFill(displayPath(io.cwd, join(root, curatorFile)))}\n`);
  }
  io.stdout(`${text.next}\n`);
  return EXIT_OK;
}

/** What is wrong with the first wrong flag, if any. */
function firstFault(given: RawAnswers, text: InitText): string | undefined {
  for (const key of ANSWER_KEYS) {
    const value = given[key];
    const fault = value === undefined ? undefined : checkAnswer(key, value);
    if (fault !== undefined && value !== undefined) return text.fault(fault, ANSWER_FLAGS[key], value);
  }
  return undefined;
}

/** Creates each file that is not there yet, printing what was created and what was kept. */
function createFiles(root: string, files: readonly InitFile[], text: InitText, io: Io): string[] {
  const created: string[] = [];
  for (const file of files) {
    const path = join(root, ...file.path.split('/'));
    try {
      createFileAtomic(path, file.text, { base: root });
      created.push(file.path);
      io.stdout(`${text.created(displayPath(io.cwd, path))}\n`);
    } catch (error) {
      if (!(error instanceof FileExistsError)) throw error;
      io.stdout(`${text.kept(displayPath(io.cwd, path))}\n`);
    }
  }
  return created;
}

/**
 * The answers for mentor.yaml. Questions are asked only at a terminal, without --yes, and only
 * when a required value is missing; then every value not given is asked, with its default.
 */
async function gatherAnswers(given: RawAnswers, root: string, yes: boolean, text: InitText, io: Io): Promise<InitAnswers | number> {
  const hasTeacher: HasTeacher = (id) => existsSync(join(root, 'teachers', `${id}.yaml`));
  let raw = given;
  const stdin = io.stdin?.();
  const isTerminal = stdin?.isTTY === true;
  const first = resolveAnswers(given, hasTeacher);
  if ('missing' in first && isTerminal && !yes && stdin !== undefined) {
    const asker = terminalAsker(stdin, io);
    try {
      io.stdout(`${text.intro}\n`);
      raw = await askAnswers(given, hasTeacher, asker, text);
    } catch (error) {
      if (!(error instanceof InputClosedError)) throw error;
      io.stderr(`\n${text.inputClosed}\n`);
      return EXIT_FAILURE;
    } finally {
      asker.close();
    }
  }
  const resolved = resolveAnswers(raw, hasTeacher);
  if ('answers' in resolved) return resolved.answers;
  io.stderr(`${text.missing(resolved.missing.map((key) => ANSWER_FLAGS[key]), isTerminal)}\n`);
  return EXIT_FAILURE;
}

/**
 * Lines read from the terminal into a queue, so that answers pasted several at a time are all kept
 * (readline's own question() would drop the lines that arrive before it is asked).
 */
function terminalAsker(stdin: StdinStream, io: Io): Asker & { close: () => void } {
  const lines = createInterface({ input: stdin, terminal: false, crlfDelay: Infinity });
  const queue: string[] = [];
  let waiting: ((line: string | undefined) => void) | undefined;
  let isClosed = false;
  lines.on('line', (line) => {
    if (waiting === undefined) queue.push(line);
    else waiting(line);
    waiting = undefined;
  });
  lines.on('close', () => {
    isClosed = true;
    waiting?.(undefined);
    waiting = undefined;
  });
  return {
    ask: (question) => {
      io.stdout(question);
      const next = queue.shift();
      if (next !== undefined || isClosed) return Promise.resolve(next);
      return new Promise((settle) => (waiting = settle));
    },
    say: (line) => io.stdout(`${line}\n`),
    close: () => lines.close(),
  };
}
