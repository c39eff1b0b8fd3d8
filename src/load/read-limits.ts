// Load stage: how deep a record may nest, for every reader, and the problem when it nests deeper.

import { problem, type Problem } from '../model/problem.js';

/** Collections nested deeper than this are refused; records need about six levels. */
export const MAX_DEPTH = 100;

export function tooDeep(rel: string, line: number, column: number): Problem {
  return { ...problem('yaml-too-deep', rel, '', { limit: MAX_DEPTH }), line, column };
}
