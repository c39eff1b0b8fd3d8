// Load stage: the environment the programs mentor starts (git, the browser) run with — the CLI's
// injected one while a command runs, so that main() run in-process starts them as the binary would.

import { AsyncLocalStorage } from 'node:async_hooks';

const injected = new AsyncLocalStorage<NodeJS.ProcessEnv>();

/** Runs `task` with every program it starts given `env` (PATH, HOME, GIT_*), not the process's. */
export function withChildEnv<T>(env: NodeJS.ProcessEnv, task: () => T): T {
  return injected.run(env, task);
}

/** The environment for a program started now: the injected one, else the process's. */
export function childEnv(): NodeJS.ProcessEnv {
  return injected.getStore() ?? process.env;
}
