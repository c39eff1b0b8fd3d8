// CLI: `mentor serve` — the web view of the workspace on this machine, until Ctrl+C.

import { serve } from '@hono/node-server';
import { todayIso } from '../model/dates.js';
import { createServeApp } from './serve/app.js';
import { Guard, LOOPBACK } from './serve/guard.js';
import { WorkspaceState } from './serve/workspace-state.js';
import { EXIT_FAILURE, EXIT_OK, type Io } from './io.js';
import type { GlobalOptions } from './global-options.js';
import { resolveWorkspaceRoot } from './workspace-root.js';

export interface ServeCliOptions {
  port: string;
  host: string;
  auth?: string;
  commit?: boolean;
  author?: string;
  browser?: string;
  today?: string;
}

export async function runServe(globals: GlobalOptions, options: ServeCliOptions, io: Io): Promise<number> {
  const ru = globals.lang === 'ru';
  const port = Number(options.port);
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    io.stderr(ru ? `--port: «${options.port}» — не номер порта (1–65535).\n` : `--port: "${options.port}" is not a port number (1–65535).\n`);
    return EXIT_FAILURE;
  }
  const isLocal = LOOPBACK.has(options.host);
  if (!isLocal && (options.auth === undefined || !options.auth.includes(':'))) {
    io.stderr(
      ru
        ? `--host ${options.host}: страницы будут доступны по сети, поэтому нужен пароль: --auth ИМЯ:ПАРОЛЬ.\n`
        : `--host ${options.host}: the pages would be reachable over the network, so a password is needed: --auth USER:PASSWORD.\n`,
    );
    return EXIT_FAILURE;
  }
  const root = resolveWorkspaceRoot(globals, io);
  if (root === undefined) return EXIT_FAILURE;
  const state = new WorkspaceState(root, () => options.today ?? todayIso());
  await state.current();
  state.watch();
  const guard = new Guard({ host: options.host, port, ...(options.auth ? { auth: options.auth } : {}) });
  const app = createServeApp(state, guard, {
    env: io.env,
    cwd: io.cwd,
    ...(options.browser ? { browser: options.browser } : {}),
    ...(options.commit ? { commit: options.author ? { author: options.author } : {} } : {}),
  });
  const shown = options.host.includes(':') ? `[${options.host}]` : options.host;
  return new Promise((settle) => {
    const server = serve({ fetch: app.fetch, port, hostname: options.host }, () => {
      io.stdout(ru ? `mentor serve: http://${shown}:${port}/ — остановить: Ctrl+C\n` : `mentor serve: http://${shown}:${port}/ — Ctrl+C to stop\n`);
      if (!isLocal) io.stderr(ru ? 'Внимание: HTTP без шифрования — в сети пароль и записи можно перехватить.\n' : 'Warning: plain HTTP — on a network, the password and the records can be read by others.\n');
    });
    server.on('error', (error: NodeJS.ErrnoException) => {
      io.stderr(ru ? `Не удалось открыть порт ${port}: ${error.code ?? error.message}\n` : `Cannot listen on port ${port}: ${error.code ?? error.message}\n`);
      state.close();
      settle(EXIT_FAILURE);
    });
    const stop = (): void => {
      state.close();
      server.close(() => settle(EXIT_OK));
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
}
