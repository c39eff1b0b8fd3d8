// CLI: parse the command line, run one command, return the exit code (0 ok, 1 problems, 2 failure).

import { Command, CommanderError, Option } from 'commander';
import { langFromEnv } from '../messages/index.js';
import type { Lang } from '../messages/catalogue.js';
import { UI } from '../messages/ui.js';
import { EXIT_FAILURE, EXIT_OK, type Io } from './io.js';
import { runValidate } from './validate.js';
import { VERSION } from './version.js';

export interface GlobalOptions {
  workspace?: string;
  lang: Lang;
  color: boolean;
}

export async function main(argv: readonly string[], io: Io): Promise<number> {
  let exitCode = EXIT_OK;
  const program = new Command('mentor')
    .description('Records, checks and documents of a kindergarten teachers’ mentoring programme')
    .version(VERSION)
    .option('-w, --workspace <dir>', 'the workspace folder (default: the nearest folder upward with mentor.yaml)')
    .addOption(new Option('--lang <lang>', 'language of messages').choices(['ru', 'en']).default(langFromEnv(io.env)))
    .option('--no-color', 'no colours in the output')
    .exitOverride()
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr })
    .showHelpAfterError();

  program
    .command('validate')
    .description('check every record file against the schemas and the programme rules')
    .option('--strict', 'treat warnings as errors')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['text', 'json', 'github']).default('text'))
    .option('--today <date>', 'the reference date for "in the future" checks (default: today)')
    .action(async (options: { strict?: boolean; format: string; today?: string }) => {
      exitCode = await runValidate(program.opts<GlobalOptions>(), options, io);
    });

  try {
    await program.parseAsync(argv, { from: 'user' });
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) {
      return error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || error.exitCode === 0
        ? EXIT_OK
        : EXIT_FAILURE;
    }
    const lang = program.opts<GlobalOptions>().lang ?? 'en';
    io.stderr(`${UI[lang].failed(error instanceof Error ? error.message : String(error))}\n`);
    return EXIT_FAILURE;
  }
}
