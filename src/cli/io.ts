// CLI: the outside world as main() sees it — injected, so tests run the CLI in-process.

export interface Io {
  cwd: string;
  env: NodeJS.ProcessEnv;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Whether stdout is a terminal (colour, and later prompts). */
  isTTY: boolean;
  /** The bundled worker script for big workspaces; absent when running from source. */
  workerUrl?: URL;
}

export const EXIT_OK = 0;
export const EXIT_PROBLEMS = 1;
export const EXIT_FAILURE = 2;
