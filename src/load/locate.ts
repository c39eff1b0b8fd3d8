// Load stage: map a JSON pointer inside a record back to the line and column of its YAML text.

import { LineCounter, isMap, isPair, isScalar, isSeq, type Node, type Pair, type YAMLMap } from 'yaml';
import { pointerSegments, type Position } from './json-pointer.js';
import { parseYamlDocument } from './parse-record-yaml.js';

export { pointerSegments, type Position } from './json-pointer.js';

/** A parsed text that answers positions for any number of pointers. */
export class Locator {
  private readonly lines = new LineCounter();
  private readonly root: Node | null;
  /** Per mapping, its pairs by key (the first of equal keys), built on first use. */
  private readonly keys = new WeakMap<YAMLMap, Map<string, Pair>>();

  constructor(text: string) {
    this.root = parseYamlDocument(text, this.lines).contents;
  }

  /**
   * The position of the value at `pointer`, or of its key when `atKey`; when the path does not
   * exist (a missing field), the position of the deepest part that does.
   */
  locate(pointer: string, atKey = false): Position {
    let node: Node | null = this.root;
    let offset = node?.range?.[0] ?? 0;
    for (const segment of pointerSegments(pointer)) {
      const step = descend(node, segment, this.keys);
      if (step === undefined) break;
      node = step.value;
      offset = atKey && step.keyOffset !== undefined ? step.keyOffset : (step.value?.range?.[0] ?? step.keyOffset ?? offset);
    }
    const at = this.lines.linePos(offset);
    return { line: at.line, column: at.col };
  }
}

function descend(node: Node | null, segment: string, keys: WeakMap<YAMLMap, Map<string, Pair>>): { value: Node | null; keyOffset?: number } | undefined {
  if (isMap(node)) {
    let byKey = keys.get(node);
    if (byKey === undefined) {
      byKey = new Map();
      for (const pair of node.items) {
        if (!isPair(pair) || !isScalar(pair.key)) continue;
        const name = String(pair.key.value);
        if (!byKey.has(name)) byKey.set(name, pair);
      }
      keys.set(node, byKey);
    }
    const pair = byKey.get(segment);
    if (pair === undefined) return undefined;
    const key = pair.key as Node | null;
    const found: { value: Node | null; keyOffset?: number } = { value: (pair.value as Node | null) ?? null };
    if (key?.range) found.keyOffset = key.range[0];
    return found;
  }
  if (isSeq(node)) {
    const item = node.items[Number(segment)] as Node | undefined;
    return item === undefined ? undefined : { value: item };
  }
  return undefined;
}
