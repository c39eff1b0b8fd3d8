// Load stage: edit YAML text in place — only the bytes that change, so a user's comments, quotes,
// spacing, line ends and order stay exactly as they were (a round trip through a syntax tree would not).

import { Document, isMap, isPair, isScalar, isSeq, parseDocument, visit, type Node, type Pair } from 'yaml';
import { applySplices, flowAppendSplices, type Splice } from './flow-append.js';

/** A text and the edits to apply to it; offsets always refer to the original text. */
export class YamlEdit {
  private readonly doc: Document.Parsed;
  private readonly splices: Splice[] = [];
  private readonly eol: string;

  constructor(private readonly text: string) {
    this.doc = parseDocument(text);
    this.eol = text.includes('\r\n') ? '\r\n' : '\n';
  }

  node(path: readonly (string | number)[]): Node | undefined {
    return (this.doc.getIn(path, true) as Node | undefined) ?? undefined;
  }

  /**
   * The first alias (`*name`) of the text and its line. An edit of an anchored value would change
   * every alias of it too, so a caller that must leave some values alone refuses such a text.
   */
  firstAlias(): { alias: string; line: number } | undefined {
    let found: { alias: string; line: number } | undefined;
    visit(this.doc, {
      Alias: (_, node) => {
        const at = node.range?.[0] ?? 0;
        found = { alias: node.source, line: this.text.slice(0, at).split('\n').length };
        return visit.BREAK;
      },
    });
    return found;
  }

  /** Replaces the scalar at `path` with a plain scalar of the new value. */
  setScalar(path: readonly (string | number)[], value: string): void {
    const node = this.node(path);
    if (!isScalar(node) || !node.range) throw new Error(`no scalar at ${path.join('.')}`);
    this.splices.push({ start: node.range[0], end: node.range[1], text: plainOrQuoted(value) });
  }

  /**
   * Sets `key` of the mapping at `path` to a plain (or quoted) scalar: in place when the key is
   * there, else as a new entry after the mapping's last one, in the mapping's own style.
   */
  setKey(path: readonly (string | number)[], key: string, value: string): void {
    const map = this.node(path);
    if (!isMap(map) || !map.range) throw new Error(`no mapping at ${path.join('.')}`);
    const existing = this.pairOf(map.items as Pair[], key);
    if (existing !== undefined) {
      const node = existing.value as Node | null;
      if (isScalar(node) && node.range) {
        this.splices.push({ start: node.range[0], end: node.range[1], text: plainOrQuoted(value) });
        return;
      }
    }
    if (existing !== undefined) this.removeKey(path, key);
    const last = map.items[map.items.length - 1] as Pair | undefined;
    const lastNode = (last?.value ?? last?.key) as Node | undefined;
    if (map.flow) {
      const close = this.text.lastIndexOf('}', map.range[1]);
      const end = lastNode?.range?.[1];
      const at = end ?? close;
      this.splices.push({ start: at, end: at, text: `${end === undefined ? ' ' : ', '}${key}: ${flowScalar(value)}${end === undefined ? ' ' : ''}` });
      return;
    }
    const keyNode = (map.items[0] as Pair | undefined)?.key as Node | undefined;
    const keyStart = keyNode?.range?.[0] ?? map.range[0];
    const indent = keyStart - (this.text.lastIndexOf('\n', keyStart - 1) + 1);
    const end = lastNode?.range?.[2] ?? map.range[1];
    const at = this.text[end - 1] === '\n' ? end : this.endOfLine(end);
    const newline = at === this.text.length && !this.text.endsWith('\n') ? this.eol : '';
    this.splices.push({ start: at, end: at, text: `${newline}${' '.repeat(indent)}${key}: ${plainOrQuoted(value)}${this.eol}` });
  }

  /** Removes `key` and its value from the mapping at `path`; nothing when it is not there. */
  removeKey(path: readonly (string | number)[], key: string): void {
    const map = this.node(path);
    if (!isMap(map) || !map.range) throw new Error(`no mapping at ${path.join('.')}`);
    const items = map.items as Pair[];
    const index = items.findIndex((pair) => isScalar(pair.key) && String(pair.key.value) === key);
    if (index < 0) return;
    const pair = items[index]!;
    const start = (pair.key as Node).range![0];
    const end = ((pair.value as Node | null)?.range ?? (pair.key as Node).range!)[1];
    if (map.flow) {
      // With the comma after it, or (the last entry) the comma before it.
      const next = items[index + 1]?.key as Node | undefined;
      const previous = items[index - 1];
      if (next?.range) this.splices.push({ start, end: next.range[0], text: '' });
      else if (previous !== undefined) {
        const previousEnd = ((previous.value as Node | null)?.range ?? (previous.key as Node).range!)[1];
        this.splices.push({ start: previousEnd, end, text: '' });
      } else this.splices.push({ start, end, text: '' });
      return;
    }
    // A block entry: its whole lines, comments on them included.
    const lineStart = this.text.lastIndexOf('\n', start - 1) + 1;
    const valueEnd = ((pair.value as Node | null)?.range ?? (pair.key as Node).range!)[2];
    const stop = this.text[valueEnd - 1] === '\n' ? valueEnd : this.endOfLine(valueEnd);
    this.splices.push({ start: lineStart, end: stop, text: '' });
  }

  /**
   * Appends values to the sequence at `path`: inside the brackets of a flow sequence, or as new
   * `- ` entries after the last one of a block sequence, at its indentation — as flow mappings
   * `- { … }` when the last entry is one, so that a journal keeps one style.
   */
  appendToSeq(path: readonly (string | number)[], values: readonly unknown[]): void {
    if (values.length === 0) return;
    const node = this.node(path);
    if (!isSeq(node) || !node.range) throw new Error(`no sequence at ${path.join('.')}`);
    if (node.flow) {
      const added = values.map((v) => (typeof v === 'string' ? flowScalar(v) : JSON.stringify(v)));
      this.splices.push(...flowAppendSplices(this.text, node, added, this.eol));
      return;
    }
    const first = node.items[0] as Node | undefined;
    const lineStart = this.text.lastIndexOf('\n', (first?.range?.[0] ?? node.range[0]) - 1) + 1;
    const dash = this.text.indexOf('-', lineStart);
    const indent = ' '.repeat(Math.max(0, dash - lineStart));
    const last = node.items[node.items.length - 1] as Node | undefined;
    const asFlow = isMap(last) && last.flow === true;
    const block = asFlow ? values.map((value) => `- ${flowMapping(value as Record<string, unknown>)}`).join('\n') : new Document(values).toString({ lineWidth: 0 });
    const lines = block.trimEnd().split('\n').map((line) => `${indent}${line}`);
    // After the sequence's last item: its end is the end of that item's last line.
    const end = last?.range?.[2] ?? node.range[1];
    const at = this.text[end - 1] === '\n' ? end : this.endOfLine(end);
    const newline = at === this.text.length && !this.text.endsWith('\n') ? this.eol : '';
    this.splices.push({ start: at, end: at, text: `${newline}${lines.join(this.eol)}${this.eol}` });
  }

  /**
   * Appends an entry already written as YAML (`- …` lines, relative indentation) after the last
   * entry of the block sequence at `path`, at the sequence's indentation.
   */
  appendLines(path: readonly (string | number)[], entry: string): void {
    const node = this.node(path);
    if (!isSeq(node) || !node.range || node.flow) throw new Error(`no block sequence at ${path.join('.')}`);
    const first = node.items[0] as Node | undefined;
    const lineStart = this.text.lastIndexOf('\n', (first?.range?.[0] ?? node.range[0]) - 1) + 1;
    const indent = ' '.repeat(Math.max(0, this.text.indexOf('-', lineStart) - lineStart));
    const last = node.items[node.items.length - 1] as Node | undefined;
    const end = last?.range?.[2] ?? node.range[1];
    const at = this.text[end - 1] === '\n' ? end : this.endOfLine(end);
    const newline = at === this.text.length && !this.text.endsWith('\n') ? this.eol : '';
    const lines = entry.split(/\r?\n/).map((line) => `${indent}${line}`);
    this.splices.push({ start: at, end: at, text: `${newline}${lines.join(this.eol)}${this.eol}` });
  }

  /** The edited text. */
  toString(): string {
    return applySplices(this.text, this.splices);
  }

  private pairOf(items: readonly Pair[], key: string): Pair | undefined {
    return items.find((pair) => isPair(pair) && isScalar(pair.key) && String(pair.key.value) === key);
  }

  private endOfLine(offset: number): number {
    const eol = this.text.indexOf('\n', offset);
    return eol < 0 ? this.text.length : eol + 1;
  }
}

/** `{ key: value, … }` on one line, each value as flowScalar writes it. */
export function flowMapping(value: Record<string, unknown>): string {
  const entries = Object.entries(value).map(([key, v]) => `${key}: ${typeof v === 'string' ? flowScalar(v) : JSON.stringify(v)}`);
  return `{ ${entries.join(', ')} }`;
}

/** In `[…]` a comma or a bracket ends a plain scalar, so such text is double-quoted there. */
function flowScalar(value: string): string {
  return /[,[\]{}]/.test(value) ? JSON.stringify(value) : plainOrQuoted(value);
}

/** The value as `yaml` writes a scalar: plain when it reads back as the same string, else quoted. */
function plainOrQuoted(value: string): string {
  return new Document(value).toString({ lineWidth: 0 }).trimEnd();
}
