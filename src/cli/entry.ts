// CLI: the bundle's entry — wires the real process into main().

import { langFromEnv } from '../messages/index.js';
import { UI } from '../messages/ui.js';
import { EXIT_FAILURE } from './io.js';
import { main } from './main.js';

export async function run(): Promise<void> {
  // A reader that stops early (`mentor plan --dry-run | head`) is not an error; a full disk or a
  // closed output is, in one line (the language of the locale: --lang may not be parsed yet).
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    const argv = process.argv;
    const lang = argv.includes('--lang=ru') || argv[argv.indexOf('--lang') + 1] === 'ru' ? 'ru' : langFromEnv(process.env);
    process.stderr.write(`${UI[lang].outputFailed(error.message)}\n`);
    process.exit(EXIT_FAILURE);
  });
  process.exitCode = await main(process.argv.slice(2), {
    cwd: process.cwd(),
    env: process.env,
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    isTTY: process.stdout.isTTY === true,
    stdin: () => process.stdin,
    workerUrl: new URL('./check-worker.cjs', import.meta.url),
  });
}
