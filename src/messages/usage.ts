// Messages: the words of the command line itself — help titles, usage errors and the names of
// option values and arguments — in both languages. The command and option descriptions live with
// the commands (src/cli/main.ts, src/cli/shared-options.ts).

import { pluralRu } from '../model/russian.js';
import { pluralEn, type Lang } from './catalogue.js';

/** A text in both languages: the type makes a missing language a compile error. */
export type Bilingual = Record<Lang, string>;

export interface UsageText {
  /** Help titles, as commander names them (`Usage:` …) and as they are printed. */
  titles: Record<'Usage:' | 'Arguments:' | 'Options:' | 'Commands:' | 'Global Options:', string>;
  /** The placeholders of a usage line: `[options]`, `[command]`. */
  optionsWord: string;
  commandWord: string;
  helpOption: string;
  helpCommand: string;
  version: string;
  /** The extras after a description: choices and default value. */
  choices: (values: readonly string[]) => string;
  byDefault: (value: string) => string;
  unknownOption: (flag: string, suggestion: string) => string;
  unknownCommand: (name: string, suggestion: string) => string;
  missingArgument: (name: string) => string;
  optionMissingArgument: (flags: string) => string;
  missingMandatoryOption: (flags: string) => string;
  invalidChoice: (flags: string, value: string, choices: readonly string[]) => string;
  excessArguments: (command: string, expected: number, got: number) => string;
}

const quoteRu = (values: readonly string[]): string => values.map((value) => `«${value}»`).join(', ');
const quoteEn = (values: readonly string[]): string => values.map((value) => `"${value}"`).join(', ');
/** The near names, joined by ", " (or ''), as a line of their own. */
const didYouMeanEn = (near: string): string => (near === '' ? '' : near.includes(', ') ? `\n(Did you mean one of ${near}?)` : `\n(Did you mean ${near}?)`);
const didYouMeanRu = (near: string): string => (near === '' ? '' : near.includes(', ') ? `\n(Может быть, одно из: ${near}?)` : `\n(Может быть, ${near}?)`);

export const USAGE: Record<Lang, UsageText> = {
  en: {
    titles: { 'Usage:': 'Usage:', 'Arguments:': 'Arguments:', 'Options:': 'Options:', 'Commands:': 'Commands:', 'Global Options:': 'Global Options:' },
    optionsWord: '[options]',
    commandWord: '[command]',
    helpOption: 'display help for command',
    helpCommand: 'display help for command',
    version: 'print the version',
    choices: (values) => `choices: ${quoteEn(values)}`,
    byDefault: (value) => `default: "${value}"`,
    unknownOption: (flag, suggestion) => `error: unknown option '${flag}'${didYouMeanEn(suggestion)}`,
    unknownCommand: (name, suggestion) => `error: unknown command '${name}'${didYouMeanEn(suggestion)}`,
    missingArgument: (name) => `error: missing required argument '${name}'`,
    optionMissingArgument: (flags) => `error: option '${flags}' argument missing`,
    missingMandatoryOption: (flags) => `error: required option '${flags}' not specified`,
    invalidChoice: (flags, value, choices) => `error: option '${flags}' argument '${value}' is invalid. Allowed choices are ${choices.join(', ')}.`,
    excessArguments: (command, expected, got) =>
      `error: too many arguments for '${command}'. Expected ${expected} ${pluralEn(expected, 'argument', 'arguments')} but got ${got}.`,
  },
  ru: {
    titles: { 'Usage:': 'Использование:', 'Arguments:': 'Аргументы:', 'Options:': 'Параметры:', 'Commands:': 'Команды:', 'Global Options:': 'Общие параметры:' },
    optionsWord: '[параметры]',
    commandWord: '[команда]',
    helpOption: 'показать справку',
    helpCommand: 'показать справку по команде',
    version: 'показать номер версии',
    choices: (values) => `варианты: ${quoteRu(values)}`,
    byDefault: (value) => `по умолчанию «${value}»`,
    unknownOption: (flag, suggestion) => `ошибка: неизвестный параметр «${flag}»${didYouMeanRu(suggestion)}`,
    unknownCommand: (name, suggestion) => `ошибка: неизвестная команда «${name}»${didYouMeanRu(suggestion)}`,
    missingArgument: (name) => `ошибка: не указан обязательный аргумент «${name}»`,
    optionMissingArgument: (flags) => `ошибка: у параметра «${flags}» не указано значение`,
    missingMandatoryOption: (flags) => `ошибка: не указан обязательный параметр «${flags}»`,
    invalidChoice: (flags, value, choices) => `ошибка: у параметра «${flags}» значение «${value}» недопустимо; допустимы: ${quoteRu(choices)}.`,
    excessArguments: (command, expected, got) =>
      `ошибка: команде «${command}» указано слишком много аргументов (${got}): ${expected === 0 ? 'она не принимает аргументов' : `она принимает не больше ${expected} ${pluralRu(expected, 'аргумента', 'аргументов', 'аргументов')}`}.`,
  },
};

/**
 * The Russian names of the value placeholders of options (`--today <date>`) and of arguments
 * (`<teacher>`), which help and usage errors show. A name missing here fails the build of the
 * Russian command line (and so the tests), never falls back to English silently.
 */
export const VALUE_NAMES_RU: Record<string, string> = {
  dir: 'папка',
  lang: 'язык',
  paths: 'пути',
  format: 'формат',
  date: 'дата',
  rev: 'ревизия',
  ref: 'ревизия',
  ids: 'педагоги',
  pairs: 'пары',
  year: 'год',
  path: 'путь',
  period: 'период',
  file: 'файл',
  char: 'символ',
  teacher: 'педагог',
  item: 'пункт',
  text: 'текст',
  n: 'минуты',
  scores: 'баллы',
  kind: 'вид',
  port: 'порт',
  host: 'адрес',
  'user:password': 'логин:пароль',
  'name-email': 'имя-почта',
  id: 'педагог',
  name: 'имя',
  city: 'город',
  code: 'код',
  title: 'название',
  share: 'доля',
  command: 'команда',
};
