// Load stage: a fast reader for the plain YAML that record files are made of.
//
// The `yaml` package keeps a full syntax tree with positions and parses about 2.5 MB/s; a clean
// workspace needs neither. This reader understands the common subset — block mappings and
// sequences, one-line scalars, flow collections — and gives up (returns BAIL) on anything else:
// anchors, tags, block scalars, multi-line plain scalars, odd numbers, duplicate keys, errors.
// Whatever it accepts it must read exactly as `yaml` does (tests/load/fast-yaml.test.ts checks
// that); whatever it gives up on goes to `yaml`, which also reports every error with its place.

export const BAIL: unique symbol = Symbol('bail');

class Bail extends Error {}

const bail = (): never => {
  throw new Bail();
};

interface Line {
  indent: number;
  /** The line without its indentation and without a trailing comment-only remainder. */
  text: string;
  /** Index in the raw lines, for flow collections that run over several lines. */
  raw: number;
}

/** Reads a record; returns BAIL when the text is outside the subset or not a mapping. */
export function fastParseYaml(source: string): Record<string, unknown> | typeof BAIL {
  try {
    const reader = new BlockReader(source);
    const value = reader.document();
    return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : BAIL;
  } catch (error) {
    if (error instanceof Bail || error instanceof RangeError) return BAIL;
    throw error;
  }
}

class BlockReader {
  private readonly raw: string[];
  private readonly lines: Line[] = [];
  private pos = 0;

  constructor(source: string) {
    if (source.includes('\r') && /\r(?!\n)/.test(source)) bail();
    this.raw = source.split('\n').map((l) => (l.endsWith('\r') ? l.slice(0, -1) : l));
    this.raw.forEach((line, raw) => {
      const indent = line.length - line.trimStart().length;
      const text = line.slice(indent);
      if (text === '' || text.startsWith('#')) return;
      if (line.slice(0, indent).includes('\t')) bail();
      this.lines.push({ indent, text, raw });
    });
  }

  document(): unknown {
    const first = this.lines[0];
    if (first === undefined) bail();
    if (first!.text === '---' && first!.indent === 0) this.pos++;
    const start = this.lines[this.pos];
    if (start === undefined || start.indent !== 0) bail();
    const value = this.block(0);
    if (this.pos !== this.lines.length) bail();
    return value;
  }

  private block(indent: number): unknown {
    const line = this.lines[this.pos]!;
    if (line.text.startsWith('---') || line.text.startsWith('...')) bail();
    return isSeqItem(line.text) ? this.sequence(indent) : this.mapping(indent);
  }

  private mapping(indent: number): Record<string, unknown> {
    const map: Record<string, unknown> = {};
    for (let line = this.lines[this.pos]; line !== undefined && line.indent === indent; line = this.lines[this.pos]) {
      if (isSeqItem(line.text)) bail();
      const { key, rest } = splitKey(line.text);
      if (key === '__proto__' || Object.prototype.hasOwnProperty.call(map, key)) bail();
      this.pos++;
      map[key] = this.value(rest, indent, line, true);
    }
    const next = this.lines[this.pos];
    if (next !== undefined && next.indent > indent) bail();
    return map;
  }

  private sequence(indent: number): unknown[] {
    const list: unknown[] = [];
    for (let line = this.lines[this.pos]; line !== undefined && line.indent === indent; line = this.lines[this.pos]) {
      if (!isSeqItem(line.text)) bail();
      const rest = line.text.slice(1).replace(/^ +/, '');
      const offset = line.text.length - rest.length;
      if (rest !== '' && !rest.startsWith('#') && looksLikeKey(rest)) {
        // "- key: value": a mapping whose keys line up after the dash.
        this.lines[this.pos] = { indent: indent + offset, text: rest, raw: line.raw };
        list.push(this.mapping(indent + offset));
      } else {
        this.pos++;
        list.push(this.value(rest, indent, line, false));
      }
    }
    const next = this.lines[this.pos];
    if (next !== undefined && next.indent > indent) bail();
    return list;
  }

  /** The value after `key:` or `- `; `rest` is what follows on the same line. */
  private value(rest: string, indent: number, line: Line, inMapping: boolean): unknown {
    if (rest === '' || rest.startsWith('#')) {
      const next = this.lines[this.pos];
      if (next === undefined) return null;
      if (next.indent > indent) return this.block(next.indent);
      // A mapping's value may be a sequence at the mapping's own indentation.
      if (inMapping && next.indent === indent && isSeqItem(next.text)) return this.sequence(indent);
      return null;
    }
    if (rest.startsWith('{') || rest.startsWith('[')) return this.flowValue(line, rest, indent);
    return blockScalar(rest);
  }

  /** A flow collection, which may run over the following raw lines until its brackets close. */
  private flowValue(line: Line, rest: string, indent: number): unknown {
    let text = rest;
    let raw = line.raw;
    while (!isBalanced(text)) {
      raw++;
      const more = this.raw[raw];
      if (more === undefined) bail();
      const moreIndent = more!.length - more!.trimStart().length;
      if (more!.trim() !== '' && moreIndent <= indent) bail();
      text += `\n${more}`;
    }
    // Skip the block lines that the flow collection consumed.
    while (this.lines[this.pos] !== undefined && this.lines[this.pos]!.raw <= raw) this.pos++;
    const flow = new FlowReader(text);
    const value = flow.value();
    flow.end();
    return value;
  }
}

function isSeqItem(text: string): boolean {
  return text === '-' || text.startsWith('- ');
}

const KEY_END = /:(?: |$)/;

function looksLikeKey(text: string): boolean {
  if (/^[{[]/.test(text)) return false;
  if (/^["']/.test(text)) return /^("[^"\\]*"|'[^']*') *:(?: |$)/.test(text);
  const end = text.search(KEY_END);
  const comment = text.search(/ #/);
  return end > 0 && (comment < 0 || end < comment);
}

function splitKey(text: string): { key: string; rest: string } {
  let key: string;
  let after: string;
  const quoted = /^("[^"\\]*"|'[^']*') *:(?: |$)/.exec(text);
  if (quoted) {
    key = quoted[1]!.startsWith('"') ? quoted[1]!.slice(1, -1) : quoted[1]!.slice(1, -1).replace(/''/g, "'");
    after = text.slice(quoted[0].length);
  } else {
    const end = text.search(KEY_END);
    if (end <= 0) bail();
    const plain = text.slice(0, end).trimEnd();
    if (/^[-?:,[\]{}#&*!|>'"%@`]/.test(plain) || / #/.test(plain)) bail();
    if (typeof resolvePlain(plain) !== 'string') bail();
    key = plain;
    after = text.slice(end + 1);
  }
  return { key, rest: after.replace(/^[ \t]+/, '') };
}

/** A scalar in block context, alone on the rest of its line (with an optional comment). */
function blockScalar(rest: string): unknown {
  if (rest.startsWith('"') || rest.startsWith("'")) {
    const { value, end } = quotedScalar(rest, 0);
    const tail = rest.slice(end);
    if (tail.trim() !== '' && !/^[ \t]+#/.test(tail)) bail();
    return value;
  }
  if (/^[-?:](?: |$)/.test(rest) || /^[#&*!|>%@`,[\]{}]/.test(rest)) bail();
  const comment = rest.search(/[ \t]#/);
  const plain = (comment < 0 ? rest : rest.slice(0, comment)).replace(/[ \t]+$/, '');
  if (KEY_END.test(plain)) bail();
  return resolvePlain(plain);
}

function quotedScalar(text: string, start: number): { value: string; end: number } {
  const quote = text[start];
  if (quote === "'") {
    let i = start + 1;
    let value = '';
    for (;;) {
      const close = text.indexOf("'", i);
      if (close < 0) bail();
      value += text.slice(i, close);
      if (text[close + 1] === "'") {
        value += "'";
        i = close + 2;
        continue;
      }
      if (value.includes('\n')) bail();
      return { value, end: close + 1 };
    }
  }
  const close = text.indexOf('"', start + 1);
  if (close < 0) bail();
  const body = text.slice(start + 1, close);
  // Escapes and line breaks have rules of their own; leave them to `yaml`.
  if (body.includes('\\') || body.includes('\n')) bail();
  return { value: body, end: close + 1 };
}

const INT = /^[-+]?[0-9]+$/;
const FLOAT = /^[-+]?(?:[0-9]+\.[0-9]*|\.[0-9]+)$/;
/** Other forms that `yaml` reads as numbers (hex, octal, exponents, infinities): left to it. */
const OTHER_NUMBER = /^(?:0x[0-9a-fA-F]+|0o[0-7]+|[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$/;

/** YAML 1.2 core schema resolution of a plain scalar. */
function resolvePlain(plain: string): unknown {
  if (plain === '' || plain === '~' || plain === 'null' || plain === 'Null' || plain === 'NULL') return null;
  if (plain === 'true' || plain === 'True' || plain === 'TRUE') return true;
  if (plain === 'false' || plain === 'False' || plain === 'FALSE') return false;
  if (INT.test(plain) || FLOAT.test(plain)) {
    const n = Number(plain);
    if (!Number.isFinite(n) || (INT.test(plain) && !Number.isSafeInteger(n))) bail();
    return n;
  }
  if (OTHER_NUMBER.test(plain)) bail();
  return plain;
}

function isBalanced(text: string): boolean {
  let depth = 0;
  let quote = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quote !== '') {
      if (c === quote) quote = '';
    } else if (c === '"' || c === "'") {
      if (i === 0 || /[\s,[{:]/.test(text[i - 1]!)) quote = c;
    } else if (c === '#' && (i === 0 || /\s/.test(text[i - 1]!))) {
      const eol = text.indexOf('\n', i);
      if (eol < 0) return depth === 0;
      i = eol;
    } else if (c === '{' || c === '[') depth++;
    else if (c === '}' || c === ']') {
      depth--;
      if (depth === 0) return text.slice(i + 1).trim() === '' || /^\s+#/.test(text.slice(i + 1));
    }
  }
  return false;
}

class FlowReader {
  private i = 0;
  constructor(private readonly text: string) {}

  value(): unknown {
    this.space();
    const c = this.text[this.i];
    if (c === '{') return this.map();
    if (c === '[') return this.seq();
    if (c === '"' || c === "'") {
      const { value, end } = quotedScalar(this.text, this.i);
      this.i = end;
      return value;
    }
    return this.plain();
  }

  end(): void {
    this.space();
    if (this.i !== this.text.length) bail();
  }

  private map(): Record<string, unknown> {
    const map: Record<string, unknown> = {};
    this.i++;
    for (;;) {
      this.space();
      if (this.text[this.i] === '}') break;
      const key = this.value();
      if (typeof key !== 'string' || key === '__proto__' || Object.prototype.hasOwnProperty.call(map, key)) bail();
      this.space();
      if (this.text[this.i] !== ':') bail();
      this.i++;
      this.space();
      const c = this.text[this.i];
      map[key as string] = c === ',' || c === '}' ? null : this.value();
      if (!this.separator('}')) break;
    }
    this.i++;
    return map;
  }

  private seq(): unknown[] {
    const list: unknown[] = [];
    this.i++;
    for (;;) {
      this.space();
      if (this.text[this.i] === ']') break;
      list.push(this.value());
      if (!this.separator(']')) break;
    }
    this.i++;
    return list;
  }

  /** After an entry: true after a comma, false before the closing bracket. */
  private separator(close: string): boolean {
    this.space();
    const c = this.text[this.i];
    if (c === ',') {
      this.i++;
      return true;
    }
    if (c !== close) bail();
    return false;
  }

  private plain(): unknown {
    const start = this.i;
    const first = this.text[start];
    if (first === undefined || /^[-?:](?:[ ,\]}]|$)/.test(this.text.slice(start, start + 2)) || /[#&*!|>%@`,[\]{}]/.test(first)) bail();
    while (this.i < this.text.length) {
      const c = this.text[this.i]!;
      if (c === ',' || c === '}' || c === ']' || c === '\n') break;
      if (c === ':' && /[\s,[\]{}]/.test(this.text[this.i + 1] ?? ' ')) break;
      if (c === '#' && /\s/.test(this.text[this.i - 1] ?? ' ')) bail();
      this.i++;
    }
    if (this.text[this.i] === '\n' && this.text.slice(this.i).trim() !== '' && !/^\s*[,\]}]/.test(this.text.slice(this.i))) bail();
    return resolvePlain(this.text.slice(start, this.i).trim());
  }

  private space(): void {
    for (;;) {
      const c = this.text[this.i];
      if (c === ' ' || c === '\n' || c === '\t') this.i++;
      else if (c === '#' && /\s/.test(this.text[this.i - 1] ?? '\n')) {
        const eol = this.text.indexOf('\n', this.i);
        this.i = eol < 0 ? this.text.length : eol;
      } else return;
    }
  }
}
