// Load stage: what reading a record gives — its value (with the places of its nodes, for a large
// text), or the problems that kept it from being read.

import type { Problem } from '../model/problem.js';
import type { PositionTree } from './position-tree.js';

/** `positions` only for a large text read by js-yaml: reading it again to locate problems costs seconds. */
export type Parsed = { value: Record<string, unknown>; positions?: PositionTree } | { problems: Problem[] };

export type YamlParse = (text: string, rel: string) => Parsed;
