// CLI: the bundle's entry — wires the real process into main().

import { main } from './main.js';

export async function run(): Promise<void> {
  // A reader that stops early (`mentor plan --dry-run | head`) is not an error.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
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
