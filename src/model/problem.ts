// Model: a problem is plain data that points at a place in a record file.

import type { ProblemId, ProblemParams } from './problem-params.js';

export type { ProblemId, ProblemParams, RuleProblemId } from './problem-params.js';

export type Severity = 'error' | 'warning';

export interface Problem {
  /** Stable kebab-case id, e.g. `unknown-reference`: the message catalogue's key. */
  rule: ProblemId;
  severity: Severity;
  /** Path relative to the workspace root, with forward slashes. */
  file: string;
  /** JSON pointer of the field inside the record ('' = the whole record). */
  pointer: string;
  /** 1-based; filled in by the locate stage when the file is parsed. */
  line?: number;
  column?: number;
  /** Message parameters, checked against ProblemParams when the problem is built. */
  params: Record<string, string | number>;
  /**
   * When true the position is that of the key rather than its value
   * (used for unknown fields and duplicate keys).
   */
  atKey?: boolean;
}

/** The one constructor of a problem: its parameters must be those the table gives its id. */
export function problem<K extends ProblemId>(
  rule: K,
  file: string,
  pointer: string,
  params: ProblemParams[K],
  severity: Severity = 'error',
): Problem {
  return { rule, severity, file, pointer, params };
}

/** A problem about a whole file, shown at its first line. */
export function fileProblem<K extends ProblemId>(
  rule: K,
  file: string,
  params: ProblemParams[K],
  severity: Severity = 'error',
): Problem {
  return { ...problem(rule, file, '', params, severity), line: 1, column: 1 };
}
