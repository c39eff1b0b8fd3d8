// Test helper: run one rule on a built workspace.

import type { Problem } from '../../src/model/problem.js';
import { runRule, type Rule } from '../../src/validate/rules/rule.js';
import { buildWorkspace, TODAY, type WorkspaceInput } from './build.js';

export function run(rule: Rule, input: WorkspaceInput = {}, today = TODAY): Problem[] {
  return runRule(rule, buildWorkspace(input), { today });
}
