// Plan stage: a generated or updated route is checked as `mentor validate` would check it.

import type { YamlParse } from '../load/parse-record.js';
import type { RouteRecord } from '../model/types.js';
import type { Loaded, Workspace } from '../model/workspace.js';
import { checkText } from '../validate/check-file.js';
import type { Problem } from '../validate/problem.js';
import { checkRules } from '../validate/validate-workspace.js';

/** Problems of `text` as the route file `file`, in the workspace with it in place of any old one. */
export function checkPlannedRoute(ws: Workspace, file: string, text: string, today: string, withYaml: YamlParse): Problem[] {
  const [folder, yearFolder, name] = file.split('/');
  const result = checkText({ rel: file, kind: 'route', stem: (name ?? '').replace(/\.yaml$/, ''), folderYear: yearFolder ?? '' }, text, withYaml);
  if (folder !== 'routes' || !('record' in result) || result.record === undefined || result.problems.length > 0) {
    return 'problems' in result ? result.problems : [];
  }
  const loaded: Loaded<RouteRecord> = {
    file,
    kind: 'route',
    stem: result.record.stem,
    folderYear: yearFolder ?? '',
    value: result.record.value as RouteRecord,
  };
  const withRoute: Workspace = { ...ws, routes: [...ws.routes.filter((r) => r.file !== file), loaded] };
  return checkRules(withRoute, today).filter((found) => found.file === file);
}
