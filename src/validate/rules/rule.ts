// Validate stage: the shape of a workspace rule — a pure function from the model to findings — and
// the runner that turns its findings into problems, stamped with the rule's id and severity.

import type { RuleContext, Workspace } from '../../model/workspace.js';
import { problem, type Problem, type ProblemParams, type RuleProblemId, type Severity } from '../../model/problem.js';

/** What a rule found: a place and the parameters of its id's message; the runner adds the rest. */
export interface Finding<K extends RuleProblemId> {
  file: string;
  /** JSON pointer of the field inside the record. */
  pointer: string;
  params: ProblemParams[K];
  /** The position is that of the key, not of its value. */
  atKey?: true;
}

export interface Rule<K extends RuleProblemId = RuleProblemId> {
  /** Stable kebab-case id, printed with every problem and used by the message catalogue. */
  id: K;
  severity: Severity;
  find(ws: Workspace, ctx: RuleContext): Iterable<Finding<K>>;
}

/** Declares a rule; its id, stated once here, types the parameters of everything `find` returns. */
export function defineRule<K extends RuleProblemId>(
  id: K,
  severity: Severity,
  find: (ws: Workspace, ctx: RuleContext) => Iterable<Finding<K>>,
): Rule<K> {
  return { id, severity, find };
}

/** Runs one rule: each finding becomes a problem of the rule's id and severity. */
export function runRule<K extends RuleProblemId>(rule: Rule<K>, ws: Workspace, ctx: RuleContext): Problem[] {
  return Array.from(rule.find(ws, ctx), (found) => {
    const made = problem(rule.id, found.file, found.pointer, found.params, rule.severity);
    return found.atKey ? { ...made, atKey: true } : made;
  });
}
