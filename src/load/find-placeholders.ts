// Load stage: the placeholders of a record — fields whose line carries the comment `# уточните`
// (what `mentor init` writes, and the methodist deletes when she fills the value in), and values
// that are the word itself.

import { PLACEHOLDER_MARK } from '../model/placeholders.js';
import { pointerSegment } from './json-pointer.js';
import { PositionTree } from './position-tree.js';

/** Nesting followed when pairing fields with lines; records need about six. */
const MAX_DEPTH = 8;

/**
 * JSON pointers of the placeholders in `text` (whose value is `value`), in text order, none
 * inside another. Costs nothing for a text without the word (the caller checks first, cheaply).
 */
export function findPlaceholders(text: string, value: unknown): string[] {
  if (!text.includes(PLACEHOLDER_MARK)) return [];
  const lines = text.split('\n');
  const marked = new Set<number>();
  lines.forEach((line, i) => {
    if (isMarkComment(commentOf(line))) marked.add(i + 1);
  });
  const tree = PositionTree.build(text);
  // Without a tree, the other way round: each marked line's pointer, from the indentation.
  const byPointer = new Map<string, number>();
  if (tree === undefined) {
    for (const line of marked) {
      const pointer = pointerOfLine(lines, line);
      if (pointer !== undefined && !byPointer.has(pointer)) byPointer.set(pointer, line);
    }
  }
  const found: string[] = [];
  const seenLines = new Set<number>();
  const visit = (node: unknown, pointer: string, depth: number): void => {
    if (pointer !== '') {
      const line = tree !== undefined ? tree.locate(pointer, true).line : byPointer.get(pointer);
      const onMarkedLine = line !== undefined && marked.has(line) && !seenLines.has(line);
      if (onMarkedLine || node === PLACEHOLDER_MARK) {
        if (line !== undefined) seenLines.add(line);
        found.push(pointer);
        return;
      }
    }
    if (depth >= MAX_DEPTH || typeof node !== 'object' || node === null) return;
    const entries: [string, unknown][] = Array.isArray(node) ? node.map((v, i) => [String(i), v]) : Object.entries(node);
    for (const [key, child] of entries) visit(child, `${pointer}/${pointerSegment(key)}`, depth + 1);
  };
  visit(value, '', 0);
  return found;
}

/**
 * The comment of a YAML line: from a `#` at its start or after a space, outside quoted scalars
 * (a quote opens one only where a value or key may start: `О'Брайен` is plain text).
 */
function commentOf(line: string): string {
  let quote = '';
  let previous = '';
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if (quote !== '') {
      if (c === quote) quote = '';
    } else if ((c === '"' || c === "'") && (previous === '' || ':-[{,'.includes(previous))) {
      quote = c;
    } else if (c === '#' && (i === 0 || line[i - 1] === ' ' || line[i - 1] === '\t')) {
      return line.slice(i);
    }
    if (c !== ' ' && c !== '\t') previous = c;
  }
  return '';
}

/** `# уточните`, `# уточните: дата приёма…` — the mark opens the comment. */
function isMarkComment(comment: string): boolean {
  return comment.replace(/^#\s*/, '').toLowerCase().startsWith(PLACEHOLDER_MARK);
}

/** What a line of block YAML opens: list items (`- `) at their columns, then perhaps a key. */
interface LineShape {
  items: number[];
  key?: { name: string; column: number; hasValue: boolean };
}

const KEY = /^("(?:[^"\\]|\\.)*"|'(?:[^']|'')*'|[^\s#"'{[][^#:]*?):(?=\s|$)/;

function shapeOf(line: string): LineShape | undefined {
  let i = 0;
  const items: number[] = [];
  for (;;) {
    while (line[i] === ' ') i++;
    if (line[i] === '-' && (line[i + 1] === ' ' || i + 1 === line.length)) {
      items.push(i);
      i++;
      continue;
    }
    break;
  }
  if (i >= line.length || line[i] === '#') return items.length > 0 ? { items } : undefined;
  const match = KEY.exec(line.slice(i));
  if (match === null) return { items };
  const raw = match[1]!;
  const name = /^["']/.test(raw) ? raw.slice(1, -1) : raw.trimEnd();
  const after = line.slice(i + match[0].length);
  const value = after.slice(0, after.length - commentOf(after).length);
  return { items, key: { name, column: i, hasValue: value.trim() !== '' } };
}

/**
 * Without a position tree (a flow `{ a }` without a value, a `[a: 1]` pair): the pointer of the
 * deepest key or list item that `line` (1-based) opens, from the indentation of block YAML.
 */
function pointerOfLine(lines: readonly string[], line: number): string | undefined {
  const shapes = lines.map(shapeOf);
  const segments: string[] = [];
  let at = line - 1;
  let shape = shapes[at];
  if (shape === undefined) return undefined;
  // The element being placed: a key, or the last item of the line.
  let element: { kind: 'key' | 'item'; column: number } =
    shape.key !== undefined ? { kind: 'key', column: shape.key.column } : { kind: 'item', column: shape.items[shape.items.length - 1]! };
  for (let guard = 0; guard < MAX_DEPTH * 2; guard++) {
    if (element.kind === 'key') segments.unshift(shape!.key!.name);
    // The container: an item on the same line left of the element, else the nearest line above
    // that starts left of it (or a key with no value at the same column, for a list under a key).
    const sameLine = shape!.items.filter((c) => c < element.column);
    let container: { at: number; kind: 'key' | 'item'; column: number } | undefined;
    if (element.kind === 'key' && sameLine.length > 0) container = { at, kind: 'item', column: sameLine[sameLine.length - 1]! };
    else {
      for (let j = at - 1; j >= 0 && container === undefined; j--) {
        const above = shapes[j];
        if (above === undefined) continue;
        const first = above.items[0] ?? above.key?.column ?? 0;
        const openKey = above.key !== undefined && !above.key.hasValue;
        if (first < element.column || (element.kind === 'item' && openKey && above.key!.column === element.column)) {
          if (openKey && above.key!.column <= element.column) container = { at: j, kind: 'key', column: above.key!.column };
          else {
            const items = above.items.filter((c) => c < element.column);
            if (items.length === 0) return undefined;
            container = { at: j, kind: 'item', column: items[items.length - 1]! };
          }
        }
      }
    }
    if (element.kind === 'item') {
      // Its index: the items at its column from the container's line down to it.
      let index = 0;
      for (let j = (container?.at ?? -1) + 1; j < at; j++) if (shapes[j]?.items.includes(element.column)) index++;
      segments.unshift(String(index));
    }
    if (container === undefined) break;
    at = container.at;
    shape = shapes[at];
    element = { kind: container.kind, column: container.column };
  }
  return `/${segments.map(pointerSegment).join('/')}`;
}
