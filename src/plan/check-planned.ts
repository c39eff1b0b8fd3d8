// Plan stage: generated or updated routes are checked as `mentor validate` would check them.

import type { YamlParse } from '../load/parse-record.js';
import type { RouteRecord } from '../model/types.js';
import type { Loaded, Workspace } from '../model/workspace.js';
import { checkText } from '../validate/check-file.js';
import type { Problem } from '../model/problem.js';
import { checkRules } from '../validate/validate-workspace.js';

export interface RouteDraft {
  /** Workspace-relative path, `routes/<year>/<id>.yaml`. */
  file: string;
  text: string;
}

export interface DraftCheck {
  /** Each draft's problems (an empty list when it is clean). */
  problems: Map<string, Problem[]>;
  /** The workspace with every schema-valid draft in place of its old version. */
  workspace: Workspace;
}

/**
 * Checks drafts file by file, then runs the workspace rules ONCE with all of them in place:
 * rules are cross-file, and running them per draft would cost a whole workspace check each.
 */
export function checkPlannedRoutes(ws: Workspace, drafts: readonly RouteDraft[], today: string, withYaml: YamlParse): DraftCheck {
  const problems = new Map<string, Problem[]>();
  const loaded: Loaded<RouteRecord>[] = [];
  for (const { file, text } of drafts) {
    const [folder, yearFolder, name] = file.split('/');
    const result = checkText({ rel: file, kind: 'route', stem: (name ?? '').replace(/\.yaml$/, ''), folderYear: yearFolder ?? '' }, text, withYaml);
    const fileProblems = 'problems' in result ? [...result.problems] : [];
    problems.set(file, fileProblems);
    if (folder !== 'routes' || !('record' in result) || result.record === undefined || fileProblems.length > 0) continue;
    loaded.push({ file, kind: 'route', stem: result.record.stem, folderYear: yearFolder ?? '', value: result.record.value as RouteRecord });
  }
  const replaced = new Set(loaded.map((r) => r.file));
  const workspace: Workspace = { ...ws, routes: [...ws.routes.filter((r) => !replaced.has(r.file)), ...loaded] };
  if (loaded.length > 0) {
    for (const found of checkRules(workspace, today)) problems.get(found.file)?.push(found);
  }
  return { problems, workspace };
}

/** The problems of one draft (see checkPlannedRoutes). */
export function checkPlannedRoute(ws: Workspace, file: string, text: string, today: string, withYaml: YamlParse): Problem[] {
  return checkPlannedRoutes(ws, [{ file, text }], today, withYaml).problems.get(file) ?? [];
}
