// CLI: the bundle's entry — wires the real process into main().

import { UI } from '../messages/ui.js';
import { EXIT_FAILURE } from './io.js';
import { main } from './main.js';
import { langOfRun } from './workspace-lang.js';

export async function run(): Promise<void> {
  // A reader that stops early (`mentor plan --dry-run | head`) is not an error; a full disk or a
  // closed output is, in one line, in the language of the run.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    const lang = langOfRun(process.argv.slice(2), { cwd: process.cwd(), env: process.env });
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
  });
}
