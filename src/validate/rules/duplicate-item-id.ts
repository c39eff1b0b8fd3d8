// Validate stage: item ids are unique within a route, so an item can be named by its id.

import type { Workspace } from '../../model/workspace.js';
import { problem, type Problem } from '../../model/problem.js';
import type { Rule } from './rule.js';

const ID = 'duplicate-item-id';

export const duplicateItemId: Rule = { id: ID, severity: 'error', check: checkItemIds };

function checkItemIds(ws: Workspace): Problem[] {
  const problems: Problem[] = [];
  for (const r of ws.routes) {
    const firstIndex = new Map<string, number>();
    r.value.items.forEach((item, i) => {
      const first = firstIndex.get(item.id);
      if (first === undefined) firstIndex.set(item.id, i);
      // `first` is 1-based in params: messages speak of "item No. 2", as people count.
      else problems.push(problem(ID, 'error', r.file, `/items/${i}/id`, { id: item.id, first: first + 1 }));
    });
  }
  return problems;
}
