// CLI: commander in the language of the run — help titles, usage lines, option extras and usage
// errors from src/messages/usage.ts, through commander's own extension points: a Command subclass
// (createCommand, and the methods that report usage errors), configureHelp, helpOption, helpCommand.

import { Argument, Command, Help, Option, type CommanderError } from 'commander';
import type { Lang } from '../messages/catalogue.js';
import { USAGE, VALUE_NAMES_RU, type Bilingual, type UsageText } from '../messages/usage.js';
import { buildTrie, nearIds, suggestionLimit } from '../model/did-you-mean.js';

/** An option as the command table declares it; its flags and value name are written in English. */
export interface OptionSpec {
  flags: string;
  description: Bilingual;
  choices?: readonly string[];
  default?: string;
  /** Must be given (commander's makeOptionMandatory). */
  mandatory?: boolean;
}

/** An argument as the command table declares it: `<teacher>`, `[ids...]`. */
export interface ArgumentSpec {
  name: string;
  description: Bilingual;
}

/**
 * The flags or argument name in the language of the run: in Russian the value names are
 * translated (`--today <дата>`, `[пути...]`). A name without a Russian word is a bug, and throws.
 */
export function localName(flags: string, lang: Lang): string {
  if (lang === 'en') return flags;
  return flags.replace(/([<[])([^\]>]+?)(\.\.\.)?([>\]])/g, (_, open: string, name: string, dots: string | undefined, close: string) => {
    const russian = VALUE_NAMES_RU[name];
    if (russian === undefined) throw new Error(`No Russian name for the value <${name}> of ${flags} (src/messages/usage.ts)`);
    return `${open}${russian}${dots ?? ''}${close}`;
  });
}

export function makeOption(spec: OptionSpec, lang: Lang): Option {
  const option = new Option(localName(spec.flags, lang), spec.description[lang]);
  // commander tells a variadic option by a Latin letter before the dots (`<ids...>`): say it for `<педагоги...>`.
  option.variadic = new Option(spec.flags).variadic;
  if (spec.choices) option.choices(spec.choices);
  if (spec.default !== undefined) option.default(spec.default);
  if (spec.mandatory) option.makeOptionMandatory();
  return option;
}

export function makeArgument(spec: ArgumentSpec, lang: Lang): Argument {
  return new Argument(localName(spec.name, lang), spec.description[lang]);
}

/** `render route` for the command `route` under `render` (the program's own name left out). */
function commandPath(command: Command): string {
  const names: string[] = [];
  for (let at: Command | null = command; at?.parent; at = at.parent) names.unshift(at.name());
  return names.join(' ');
}

/** The nearest of `known` to `typed` (all those equally near), joined by ", ", or ''. */
function suggest(typed: string, known: readonly string[]): string {
  const near = nearIds(buildTrie(new Set(known)), typed, suggestionLimit(typed)).filter((found) => found.id !== typed);
  const best = Math.min(...near.map((found) => found.distance));
  return near
    .filter((found) => found.distance === best)
    .map((found) => found.id)
    .sort()
    .join(', ');
}

/**
 * A commander Command that reports usage errors in the language of the run. commander builds each
 * message in one method (missingArgument, unknownOption …) and hands it to error(), which prints it
 * and exits through exitOverride; these overrides build the message from src/messages/usage.ts and
 * hand it on the same way, with commander's own error code (so exit codes stay as they were).
 */
export class MentorCommand extends Command {
  readonly lang: Lang;

  constructor(name: string | undefined, lang: Lang) {
    super(name);
    this.lang = lang;
  }

  override createCommand(name?: string): MentorCommand {
    return new MentorCommand(name, this.lang);
  }

  private get text(): UsageText {
    return USAGE[this.lang];
  }

  missingArgument(name: string): never {
    this.error(this.text.missingArgument(name), { code: 'commander.missingArgument' });
  }

  optionMissingArgument(option: Option): never {
    this.error(this.text.optionMissingArgument(option.flags), { code: 'commander.optionMissingArgument' });
  }

  missingMandatoryOptionValue(option: Option): never {
    this.error(this.text.missingMandatoryOption(option.flags), { code: 'commander.missingMandatoryOptionValue' });
  }

  unknownOption(flag: string): never {
    let suggestion = '';
    if (flag.startsWith('--')) {
      const known: string[] = [];
      const commands: Command[] = [];
      for (let at = this.parent; at; at = at.parent) commands.push(at);
      for (const at of [this, ...commands]) {
        for (const option of at.createHelp().visibleOptions(at)) if (option.long) known.push(option.long.slice(2));
      }
      suggestion = suggest(flag.slice(2), known)
        .split(', ')
        .filter(Boolean)
        .map((name) => `--${name}`)
        .join(', ');
    }
    this.error(this.text.unknownOption(flag, suggestion), { code: 'commander.unknownOption' });
  }

  unknownCommand(): never {
    const typed = this.args[0] ?? '';
    const known = this.createHelp()
      .visibleCommands(this)
      .map((command) => command.name());
    this.error(this.text.unknownCommand(typed, suggest(typed, known)), { code: 'commander.unknownCommand' });
  }

  _excessArguments(received: readonly unknown[]): never {
    this.error(this.text.excessArguments(commandPath(this), this.registeredArguments.length, received.length), {
      code: 'commander.excessArguments',
    });
  }

  /** A value commander's choices() refused; other parsers of ours never throw. */
  _callParseArg(target: Option | Argument, value: string, previous: unknown, invalidMessage: string): unknown {
    try {
      return target.parseArg ? target.parseArg(value, previous) : value;
    } catch (error) {
      const failure = error as CommanderError;
      if (failure.code !== 'commander.invalidArgument') throw error;
      const name = target instanceof Option ? target.flags : target.name();
      const message = target.argChoices ? this.text.invalidChoice(name, value, target.argChoices) : `${invalidMessage} ${failure.message}`;
      this.error(message, { exitCode: failure.exitCode, code: failure.code });
    }
  }
}

/** `<teacher>`, `[ids...]`: an argument as a usage line shows it. */
function argumentWord(argument: Argument): string {
  const name = `${argument.name()}${argument.variadic ? '...' : ''}`;
  return argument.required ? `<${name}>` : `[${name}]`;
}

/**
 * The program in the language of the run: help and version options, the help command, help titles,
 * usage lines and the extras after a description (choices, default). Called on the program before
 * its commands are added, so that they inherit it all.
 */
export function speak(program: MentorCommand): void {
  const text = USAGE[program.lang];
  const extras = (description: string, choices: readonly string[] | undefined, value: unknown): string => {
    const parts = [choices ? text.choices(choices) : '', value === undefined ? '' : text.byDefault(String(value))].filter(Boolean);
    return parts.length === 0 ? description : `${description} (${parts.join('; ')})`;
  };
  program
    .helpOption('-h, --help', text.helpOption)
    .helpCommand(`help ${text.commandWord}`, text.helpCommand)
    .configureHelp({
      styleTitle: (title: string) => text.titles[title as keyof UsageText['titles']] ?? title,
      commandUsage: (command: Command) => {
        const words = [
          ...commandPath(command).split(' ').filter(Boolean),
          text.optionsWord,
          command.commands.length > 0 ? text.commandWord : '',
          ...command.registeredArguments.map(argumentWord),
        ].filter(Boolean);
        return [rootName(command), ...words].join(' ');
      },
      subcommandTerm: (command: Command) =>
        [command.name(), command.options.length > 0 ? text.optionsWord : '', ...command.registeredArguments.map(argumentWord)].filter(Boolean).join(' '),
      optionDescription: (option: Option) =>
        extras(option.description, option.argChoices, option.required || option.optional ? option.defaultValue : undefined),
      argumentDescription: (argument: Argument) => extras(argument.description, argument.argChoices, argument.defaultValue),
    } satisfies Partial<Help>);
}

function rootName(command: Command): string {
  let at = command;
  while (at.parent) at = at.parent;
  return at.name();
}
