// Validate stage: the schemas' `uniqueItems`, checked in linear time with a Set.
//
// ajv compares every pair of items when their type is given by $ref, which takes minutes for a
// list of 100,000; scripts/build.mjs leaves the keyword out of the compiled validators and lists
// the places it guards (validators.uniqueLists), and this checks them instead.

import { pointerSegment, pointerSegments } from '../load/json-pointer.js';
import { problem, type Problem } from '../model/problem.js';

/** One problem for each list at `patterns` (JSON pointers, `*` for any item) that repeats an item. */
export function findRepeatedItems(value: unknown, patterns: readonly string[], file: string): Problem[] {
  const problems: Problem[] = [];
  for (const pattern of patterns) {
    for (const [path, list] of listsAt(value, pointerSegments(pattern), '')) {
      if (hasRepeat(list)) problems.push(problem('schema-repeated-item', file, path, { field: lastField(pattern) }));
    }
  }
  return problems;
}

function listsAt(node: unknown, segments: string[], path: string): [string, unknown[]][] {
  if (segments.length === 0) return Array.isArray(node) && node.length > 1 ? [[path, node]] : [];
  const [head, ...rest] = segments as [string, ...string[]];
  if (head === '*') {
    if (!Array.isArray(node)) return [];
    return node.flatMap((item, i) => listsAt(item, rest, `${path}/${i}`));
  }
  if (node === null || typeof node !== 'object' || Array.isArray(node) || !Object.hasOwn(node, head)) return [];
  return listsAt((node as Record<string, unknown>)[head], rest, `${path}/${pointerSegment(head)}`);
}

/** JSON Schema equality: equal scalars, or lists and objects with equal contents. */
function hasRepeat(list: unknown[]): boolean {
  // Strings and numbers (nearly every item) are compared as themselves; the rest by a canonical text.
  const strings = new Set<string>();
  const numbers = new Set<number>();
  const others = new Set<string>();
  for (const item of list) {
    const seen = typeof item === 'string' ? strings : typeof item === 'number' ? numbers : others;
    const key = typeof item === 'string' || typeof item === 'number' ? item : canonical(item);
    if ((seen as Set<unknown>).has(key)) return true;
    (seen as Set<unknown>).add(key);
  }
  return false;
}

function canonical(value: unknown): string {
  if (value === null || typeof value !== 'object') return `${typeof value}:${JSON.stringify(value)}`;
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
}

/** `/activities/*\/months` → `months`. */
function lastField(pattern: string): string {
  const parts = pointerSegments(pattern).filter((p) => p !== '*');
  return parts[parts.length - 1] ?? '';
}
