// CLI: `validate --changed` — keep the problems that the change brought in, wherever they are.

import { workspaceChanges } from '../load/git-changes.js';
import { openRevision, type RevisionSource } from '../load/git-workspace.js';
import type { Lang } from '../messages/catalogue.js';
import { UI } from '../messages/ui.js';
import { newProblems } from '../validate/new-problems.js';
import type { ValidationResult } from '../validate/validate-workspace.js';

/**
 * Narrows `result` (the workspace as it is now) to the problems absent at the base, and to the
 * changed files for formats that list files (JUnit). Returns the note to print, or the usage
 * error when there is nothing to compare with.
 */
export async function narrowToChange(
  root: string,
  base: string | undefined,
  result: ValidationResult,
  check: (revision: RevisionSource) => Promise<ValidationResult>,
  lang: Lang,
): Promise<{ note: string } | string> {
  const ui = UI[lang];
  let changes;
  try {
    changes = workspaceChanges(root, base);
  } catch (error) {
    // No base in a shallow clone: say how to get one, not only that the name is unknown.
    if (base === undefined && error instanceof Error && error.name === 'GitError') return ui.noBase;
    throw error;
  }
  if (changes.base === changes.head) return ui.baseIsHead(changes.base.slice(0, 7));
  const before = await baseProblems(root, changes.base, check);
  const { fresh, old } = newProblems(result.problems, before, changes.renames);
  result.problems = fresh;
  const shown = new Set(fresh.map((found) => found.file));
  result.files = result.files.filter((file) => changes.files.has(file) || shown.has(file));
  return { note: ui.comparedWith(changes.base.slice(0, 7), old) };
}

/** The problems at the base; none when the workspace did not exist there yet. */
async function baseProblems(root: string, commit: string, check: (revision: RevisionSource) => Promise<ValidationResult>) {
  try {
    return (await check(openRevision(root, commit))).problems;
  } catch (error) {
    if (error instanceof Error && error.name === 'NoWorkspaceAtRevision') return [];
    throw error;
  }
}
