// Load stage: the places of a record's nodes as js-yaml reads them, to locate problems fast.
//
// `yaml` keeps every position but reads about a tenth as fast; on a 5 MiB file that is seconds.
// js-yaml reports each node it opens and closes to a listener: the nesting of those events gives
// a tree of node start offsets that mirrors the value. Where the tree cannot be matched to the
// value one to one (a flow `{ a }` without a value, a `[a: 1]` pair) or js-yaml cannot read the
// text, there is no tree and the caller locates with `yaml` instead.

import { load, type LoadOptions, type State } from 'js-yaml';
import { RECORD_SCHEMA } from './core-schema.js';
import { pointerSegments, type Position } from './json-pointer.js';
import { lineStartsOf, positionAt } from './line-starts.js';
import { MAX_DEPTH } from './read-limits.js';

interface Node {
  /** Where js-yaml began reading the node: before the spaces and comments that lead to it. */
  start: number;
  end: number;
  kind: string | null;
  result: unknown;
  children: Node[];
  /** For a mapping: key → index of the pair, built on first use. */
  keys?: Map<string, number>;
}

const NO_CHILDREN: Node[] = [];

export class PositionTree {
  private readonly lineStarts: number[];

  private constructor(
    private readonly text: string,
    private readonly root: Node,
  ) {
    this.lineStarts = lineStartsOf(text);
  }

  /** The tree of `text`, or undefined when js-yaml cannot read it or the tree does not fit. */
  static build(text: string): PositionTree | undefined {
    const recorder = PositionTree.record();
    try {
      load(text, { schema: RECORD_SCHEMA, maxDepth: MAX_DEPTH, listener: recorder.listener } as LoadOptions);
    } catch {
      return undefined;
    }
    return recorder.tree(text);
  }

  /** A listener to give js-yaml, and the tree it recorded once js-yaml has read `text` without error. */
  static record(): { listener: (event: 'open' | 'close', state: State) => void; tree: (text: string) => PositionTree | undefined } {
    const stack: Node[] = [{ start: 0, end: 0, kind: null, result: undefined, children: [] }];
    const listener = (event: 'open' | 'close', state: State): void => {
      const s = state as State & { kind: string | null; result: unknown };
      if (event === 'open') {
        // Most nodes are scalars: they share one empty list until a child comes.
        stack.push({ start: s.position, end: s.position, kind: null, result: undefined, children: NO_CHILDREN });
        return;
      }
      let node = stack.pop()!;
      node.end = s.position;
      node.kind = s.kind;
      node.result = s.result;
      // A plain scalar is first tried as a mapping key: that attempt is a node inside it.
      if (node.kind !== 'mapping' && node.kind !== 'sequence') node.children = NO_CHILDREN;
      // A flow collection as a block list item (`- { a: 1 }`, `- [1, 2]`) is reported twice, the
      // item around the collection: both are the same value, and the collection is the node.
      const only = node.children.length === 1 ? node.children[0]! : undefined;
      if (only !== undefined && only.start === node.start && only.result === node.result && typeof node.result === 'object') node = only;
      const parent = stack[stack.length - 1]!;
      if (parent.children === NO_CHILDREN) parent.children = [node];
      else parent.children.push(node);
    };
    const tree = (text: string): PositionTree | undefined => {
      const root = stack[0]?.children[0];
      return root !== undefined && fits(root) ? new PositionTree(text, root) : undefined;
    };
    return { listener, tree };
  }

  /** As Locator.locate: the value (or key) at `pointer`, or the deepest part of it that exists. */
  locate(pointer: string, atKey = false): Position {
    let node = this.root;
    let offset = this.contentStart(node);
    for (const segment of pointerSegments(pointer)) {
      const step = this.descend(node, segment);
      if (step === undefined) break;
      node = step.value;
      offset = atKey && step.key !== undefined ? this.contentStart(step.key) : this.contentStart(node);
    }
    return this.position(offset);
  }

  private descend(node: Node, segment: string): { value: Node; key?: Node } | undefined {
    if (node.kind === 'mapping') {
      if (node.keys === undefined) {
        node.keys = new Map();
        for (let i = 0; i < node.children.length; i += 2) node.keys.set(String(node.children[i]!.result), i);
      }
      const index = node.keys.get(segment);
      return index === undefined ? undefined : { key: node.children[index]!, value: node.children[index + 1]! };
    }
    if (node.kind === 'sequence' && /^(?:0|[1-9][0-9]*)$/.test(segment)) {
      const item = node.children[Number(segment)];
      return item === undefined ? undefined : { value: item };
    }
    return undefined;
  }

  /** The first character of the node: past spaces, line breaks and comments; an empty node stays put. */
  private contentStart(node: Node): number {
    const text = this.text;
    let i = node.start;
    while (i < node.end) {
      const c = text.charCodeAt(i);
      if (c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d || c === 0xfeff) i++;
      else if (c === 0x23 /* # */) {
        const eol = text.indexOf('\n', i);
        i = eol < 0 ? text.length : eol;
      } else return i;
    }
    return node.start;
  }

  private position(offset: number): Position {
    return positionAt(this.lineStarts, offset);
  }
}

/** Whether every collection has one child per item (mappings: a key and a value per entry). */
function fits(root: Node): boolean {
  const stack = [root];
  for (let node = stack.pop(); node !== undefined; node = stack.pop()) {
    if (node.kind === 'mapping') {
      if (node.result === null || typeof node.result !== 'object') return false;
      if (node.children.length !== 2 * Object.keys(node.result).length) return false;
    } else if (node.kind === 'sequence') {
      if (!Array.isArray(node.result) || node.children.length !== node.result.length) return false;
    }
    for (const child of node.children) stack.push(child);
  }
  return true;
}
