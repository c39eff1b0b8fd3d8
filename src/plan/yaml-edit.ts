// Plan stage: edit YAML text in place — only the bytes that change, so a user's comments, quotes,
// spacing, line ends and order stay exactly as they were (a round trip through a syntax tree would not).

import { Document, isScalar, isSeq, parseDocument, visit, type Node } from 'yaml';
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
   * Appends values to the sequence at `path`: inside the brackets of a flow sequence, or as new
   * `- ` entries after the last one of a block sequence, at its indentation.
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
    const block = new Document(values).toString({ lineWidth: 0 });
    const lines = block.trimEnd().split('\n').map((line) => `${indent}${line}`);
    // After the sequence's last item: its end is the end of that item's last line.
    const last = node.items[node.items.length - 1] as Node | undefined;
    const end = last?.range?.[2] ?? node.range[1];
    const at = this.text[end - 1] === '\n' ? end : this.endOfLine(end);
    const newline = at === this.text.length && !this.text.endsWith('\n') ? this.eol : '';
    this.splices.push({ start: at, end: at, text: `${newline}${lines.join(this.eol)}${this.eol}` });
  }

  /** The edited text. */
  toString(): string {
    return applySplices(this.text, this.splices);
  }

  private endOfLine(offset: number): number {
    const eol = this.text.indexOf('\n', offset);
    return eol < 0 ? this.text.length : eol + 1;
  }
}

/** In `[…]` a comma or a bracket ends a plain scalar, so such text is double-quoted there. */
function flowScalar(value: string): string {
  return /[,[\]{}]/.test(value) ? JSON.stringify(value) : plainOrQuoted(value);
}

/** The value as `yaml` writes a scalar: plain when it reads back as the same string, else quoted. */
function plainOrQuoted(value: string): string {
  return new Document(value).toString({ lineWidth: 0 }).trimEnd();
}
