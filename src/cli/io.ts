// CLI: the outside world as main() sees it — injected, so tests run the CLI in-process.

export interface Io {
  cwd: string;
  env: NodeJS.ProcessEnv;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Whether stdout is a terminal (colour, and later prompts). */
  isTTY: boolean;
  /**
   * Standard input, for the questions of `mentor init`; a getter, so that commands that never read
   * it do not open it. Absent: there is no terminal to ask at, and nothing is asked.
   */
  stdin?: () => StdinStream;
}

/** A readable stream that may be a terminal (process.stdin is one). */
export type StdinStream = NodeJS.ReadableStream & { isTTY?: boolean };

export const EXIT_OK = 0;
export const EXIT_PROBLEMS = 1;
export const EXIT_FAILURE = 2;
