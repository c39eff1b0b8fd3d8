// Load stage: the full YAML reader (the `yaml` package) for records js-yaml leaves, with
// every error at its line. Imported only when needed: most runs never load it.

import { LineCounter, parseDocument, isCollection, isMap, isPair, isScalar, type Document, type Node } from 'yaml';
import { fileProblem, problem } from '../model/problem.js';
import type { Parsed } from './parsed.js';
import { MAX_DEPTH, tooDeep } from './read-limits.js';
import { findRoughDepth } from './rough-depth.js';
import { firstLine, yamlErrorProblems } from './yaml-errors.js';

/** Aliases allowed per document; more means an "exponential entity expansion" bomb. */
export const MAX_ALIAS_COUNT = 100;


/**
 * Past this rough depth (see findRoughDepth) a text is not given to `yaml` at all: its recursion
 * could exhaust the stack and abort the process. Between MAX_DEPTH and this, `yaml` reads the
 * text and depthProblem reports the exact place.
 */
const ROUGH_DEPTH_LIMIT = 3 * MAX_DEPTH;

/** Thrown instead of reading a text that nests too deep for `yaml`'s recursion. */
export class TooDeepForYaml extends Error {
  constructor(readonly line: number, readonly column: number) {
    super(`nested deeper than ${ROUGH_DEPTH_LIMIT} levels at ${line}:${column}`);
  }
}

export function parseYamlDocument(text: string, lineCounter?: LineCounter): Document.Parsed {
  const deep = findRoughDepth(text, ROUGH_DEPTH_LIMIT);
  if (deep !== undefined) throw new TooDeepForYaml(deep.line, deep.column);
  return parseDocument(text, { prettyErrors: false, uniqueKeys: true, ...(lineCounter ? { lineCounter } : {}) });
}

/** Parses a record with `yaml`; every failure is a problem in `rel`, never an exception. */
export function parseWithYaml(text: string, rel: string): Parsed {
  const lineCounter = new LineCounter();
  let doc: Document.Parsed;
  try {
    doc = parseYamlDocument(text, lineCounter);
  } catch (error) {
    if (error instanceof TooDeepForYaml) return { problems: [tooDeep(rel, error.line, error.column)] };
    throw error;
  }
  const deepAt = findTooDeep(doc.contents);
  if (deepAt !== undefined) {
    const at = lineCounter.linePos(deepAt);
    return { problems: [tooDeep(rel, at.line, at.col)] };
  }
  if (doc.errors.length > 0) return { problems: yamlErrorProblems(text, doc.errors, lineCounter, rel, MAX_ALIAS_COUNT) };
  // A lone `---` gives an empty null scalar rather than no contents: empty all the same.
  const contents = doc.contents;
  if (contents === null || (isScalar(contents) && contents.value === null && contents.source === '')) {
    return { problems: [fileProblem('file-empty', rel, {})] };
  }
  if (!isMap(contents)) {
    const found = problem('file-not-mapping', rel, '', {});
    const at = lineCounter.linePos(contents.range?.[0] ?? 0);
    found.line = at.line;
    found.column = at.col;
    return { problems: [found] };
  }
  try {
    return { value: doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT }) as Record<string, unknown> };
  } catch (error) {
    // `yaml` reports an alias without its anchor (`*важно`) only when the values are built.
    if (error instanceof ReferenceError && /unresolved alias/i.test(error.message)) {
      return { problems: [problem('yaml-special-char', rel, '', { detail: firstLine(error.message) })] };
    }
    if (error instanceof ReferenceError && /alias/i.test(error.message)) {
      return { problems: [fileProblem('yaml-alias-bomb', rel, { limit: MAX_ALIAS_COUNT })] };
    }
    return { problems: [problem('yaml-syntax', rel, '', { detail: firstLine(String(error)) })] };
  }
}

/** The offset of the first node nested deeper than MAX_DEPTH (the root is at depth 1). */
function findTooDeep(root: Node | null): number | undefined {
  const stack: [Node, number][] = root ? [[root, 1]] : [];
  for (let entry = stack.pop(); entry !== undefined; entry = stack.pop()) {
    const [node, depth] = entry;
    if (depth > MAX_DEPTH) return node.range?.[0] ?? 0;
    if (!isCollection(node)) continue;
    for (const item of node.items) {
      if (isPair(item)) {
        if (isCollection(item.key)) stack.push([item.key, depth + 1]);
        if (item.value !== null && typeof item.value === 'object') stack.push([item.value as Node, depth + 1]);
      } else stack.push([item as Node, depth + 1]);
    }
  }
  return undefined;
}
