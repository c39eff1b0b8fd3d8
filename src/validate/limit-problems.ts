// Validate stage: keep the list of problems readable and bounded — a file built to draw thousands
// of problems (20 000 unknown codes on one line) gets a few of each kind and a count of the rest.

import { problem, type Problem, type ProblemId, type ProblemParams } from '../model/problem.js';
import { groupBy } from '../model/group-by.js';

/** At most this many problems of one rule in one file are shown… */
export const MAX_PER_RULE = 20;
/** …and at most this many problems in one file, whatever their rules. */
export const MAX_PER_FILE = 100;
/** A value a message names is cut to this many characters (a 150 KB "code" is not repeated). */
export const MAX_PARAM_LENGTH = 200;

export const TRUNCATED = 'problems-truncated' satisfies ProblemId;

/**
 * The problems in their order, the 21st and later of a rule in a file (and the 101st and later
 * of a file) replaced by one `problems-truncated` problem that counts them, at the first one left out.
 */
export function limitProblems(problems: readonly Problem[]): Problem[] {
  const kept: Problem[] = [];
  for (const list of groupBy(problems, (found) => found.file).values()) kept.push(...limitFile(list));
  return kept.map(clipParams);
}

function limitFile(problems: Problem[]): Problem[] {
  if (problems.length <= MAX_PER_RULE) return problems;
  const byRule = groupBy(problems, (found) => found.rule);
  const shown: Problem[] = [];
  const summaries: Problem[] = [];
  for (const [rule, list] of byRule) {
    shown.push(...list.slice(0, MAX_PER_RULE));
    if (list.length > MAX_PER_RULE) summaries.push(summary(list.slice(MAX_PER_RULE), { rule, count: list.length - MAX_PER_RULE }));
  }
  if (shown.length <= MAX_PER_FILE) return [...shown, ...summaries];
  // Over the file's bound: the earliest found stay (in the order the checks found them).
  const order = new Map(problems.map((found, i) => [found, i]));
  shown.sort((a, b) => order.get(a)! - order.get(b)!);
  const hidden = shown.slice(MAX_PER_FILE);
  const hiddenCount = hidden.length + summaries.reduce((sum, s) => sum + Number(s.params['count']), 0);
  return [...shown.slice(0, MAX_PER_FILE), summary([...hidden, ...summaries], { count: hiddenCount })];
}

/** One problem standing for `hidden`: an error if any of them is, at the place of the first. */
function summary(hidden: Problem[], params: ProblemParams[typeof TRUNCATED]): Problem {
  const first = hidden[0]!;
  const found = problem(TRUNCATED, first.file, first.pointer, params, hidden.some((p) => p.severity === 'error') ? 'error' : 'warning');
  if (first.atKey !== undefined) found.atKey = first.atKey;
  if (first.line !== undefined) found.line = first.line;
  if (first.column !== undefined) found.column = first.column;
  return found;
}

function clipParams(found: Problem): Problem {
  const long = Object.entries(found.params).filter(([, value]) => typeof value === 'string' && value.length > MAX_PARAM_LENGTH);
  if (long.length === 0) return found;
  const params = { ...found.params };
  for (const [key, value] of long) params[key] = `${String(value).slice(0, MAX_PARAM_LENGTH)}…`;
  return { ...found, params };
}
