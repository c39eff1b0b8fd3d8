// Report stage: directions in the report's order, with their titles.

import type { Workspace } from '../model/workspace.js';
import { compareText } from './people.js';

export interface DirectionOptions {
  directionTitles: ReadonlyMap<string, string>;
  directionOrder: readonly string[];
}

/** The title from the options, else the workspace's, else the code itself. */
export function directionTitle(ws: Workspace, options: DirectionOptions, code: string): string {
  return options.directionTitles.get(code) ?? ws.directions.get(code) ?? code;
}

/** Compares direction codes: those of `directionOrder` in its order, any others after them by code. */
export function directionComparator(order: readonly string[]): (a: string, b: string) => number {
  const rank = (code: string): number => {
    const i = order.indexOf(code);
    return i < 0 ? order.length : i;
  };
  return (a, b) => rank(a) - rank(b) || compareText(a, b);
}
