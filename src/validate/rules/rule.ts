// Validate stage: the shape of a workspace rule — a pure function from the model to problems.

import type { RuleContext, Workspace } from '../../model/workspace.js';
import type { Problem, Severity } from '../../model/problem.js';

export interface Rule {
  /** Stable kebab-case id, printed with every problem and used by the message catalogue. */
  id: string;
  severity: Severity;
  check(ws: Workspace, ctx: RuleContext): Problem[];
}
