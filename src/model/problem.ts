// Model: a problem is plain data that points at a place in a record file.

export type Severity = 'error' | 'warning';

export interface Problem {
  /** Stable kebab-case rule id, e.g. `unknown-reference`. */
  rule: string;
  severity: Severity;
  /** Path relative to the workspace root, with forward slashes. */
  file: string;
  /** JSON pointer of the field inside the record ('' = the whole record). */
  pointer: string;
  /** 1-based; filled in by the locate stage when the file is parsed. */
  line?: number;
  column?: number;
  /** Message parameters; the text comes from the message catalogue by `rule`. */
  params: Record<string, string | number>;
  /**
   * When true the position is that of the key rather than its value
   * (used for unknown fields and duplicate keys).
   */
  atKey?: boolean;
}

export function problem(
  rule: string,
  severity: Severity,
  file: string,
  pointer: string,
  params: Record<string, string | number> = {},
): Problem {
  return { rule, severity, file, pointer, params };
}

/** A problem about a whole file, shown at its first line. */
export function fileProblem(rule: string, file: string, params: Record<string, string | number> = {}): Problem {
  return { rule, severity: 'error', file, pointer: '', params, line: 1, column: 1 };
}
