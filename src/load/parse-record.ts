// Load stage: parse the YAML text of one record — js-yaml first, `yaml` for whatever it might read differently.
//
// js-yaml reads plain records about ten times as fast as `yaml` (which keeps a syntax tree with
// positions, and which editors use). Whatever js-yaml returns here must be exactly what `yaml`
// would return (tests/load/parse-record-differential.test.ts checks that); where the two could
// differ — errors, duplicate keys, anchors and aliases, tags, directives, keys that are not plain
// text — the text goes to `yaml`, which also reports every error at its place.

import { load, YAMLException, type LoadOptions, type State } from 'js-yaml';
import { HandOver, RECORD_SCHEMA } from './core-schema.js';
import { findOddIndents } from './odd-indent.js';
import { PositionTree } from './position-tree.js';
import type { Parsed, YamlParse } from './parsed.js';
import { MAX_DEPTH, tooDeep } from './read-limits.js';

export { MAX_DEPTH } from './read-limits.js';

export type { Parsed, YamlParse } from './parsed.js';

/** From this size on, the places of the nodes are kept from the first reading (see PositionTree). */
const KEEP_POSITIONS_FROM = 64 * 1024;

/**
 * Constructs whose reading js-yaml and `yaml` do not share: a directive (`%YAML 1.1` switches
 * `yaml` to other scalars), a collection as a key (`[a]: 1`), an explicit key (`? a`), a
 * verbatim tag (`!<?>`), a lone carriage return, a comment right after a bracket or quote
 * (`[a]#`, an error to `yaml`), more text after a closing bracket (`{ a: 1 } b: 2`, which js-yaml
 * may take and `yaml` refuses), a document marker (`---`, `...`) at the start of a line. Matching
 * text inside a quoted value only costs the slower reader.
 */
const UNSHARED = /^%|^---|^\.\.\.|[\]}][ \t]*:|(?:^|[ \t,[{])\?(?:[ \t\r\n]|$)|!<|\r(?!\n)|[\]}"']#|[\]}][ \t]*[^\s,\]}#:]/m;

/** `yaml` refuses an implicit key whose `:` is more than 1024 characters on; js-yaml does not. */
const MAX_KEY_SPAN = 1024;

/** Longer keys go to `yaml`: written with escapes (`\U0001F600`) they may pass MAX_KEY_SPAN. */
const MAX_KEY_LENGTH = 100;

/**
 * Parses a record. Without `withYaml`, returns undefined for a text that must be read by `yaml`,
 * so that the caller can load `yaml` once (see loadYamlParse) and come back.
 */
export function parseRecord(text: string, rel: string, withYaml?: YamlParse): Parsed | undefined {
  const odd = findOddIndents(text, rel);
  if (odd.length > 0) return { problems: odd };
  const fast = readWithJsYaml(text, rel);
  if (fast !== undefined) return fast;
  return withYaml?.(text, rel);
}

export async function loadYamlParse(): Promise<YamlParse> {
  return (await import('./parse-record-yaml.js')).parseWithYaml;
}

/** The record as js-yaml reads it, a too-deep problem, or undefined when `yaml` must read it. */
function readWithJsYaml(text: string, rel: string): Parsed | undefined {
  // Following every node costs a little on each file: only when an anchor may be there (`&`), the
  // places are to be kept, or a warning needs to know what it is about (then read again).
  const mustWatch = text.includes('&') || text.length >= KEEP_POSITIONS_FROM;
  for (const watch of mustWatch ? [true] : [false, true]) {
    let value: unknown;
    let positions: PositionTree | undefined;
    try {
      ({ value, positions } = loadRecord(text, watch));
    } catch (error) {
      if (error instanceof YAMLException && error.reason.startsWith('nesting exceeded maxDepth')) {
        return { problems: [tooDeep(rel, error.mark.line + 1, error.mark.column + 1)] };
      }
      if (error instanceof WatchNeeded) continue;
      if (error instanceof YAMLException || error instanceof HandOver || error instanceof RangeError) return undefined;
      throw error;
    }
    if (value === null || typeof value !== 'object' || Array.isArray(value)) return undefined;
    // Checked after reading, so that a text nested too deep is refused at its place in any case.
    if (UNSHARED.test(text) || hasLateColon(text) || hasUnsharedKey(value)) return undefined;
    return { value: value as Record<string, unknown>, ...(positions ? { positions } : {}) };
  }
  return undefined;
}

/** A warning came while reading without following the nodes. */
class WatchNeeded extends Error {}

/** js-yaml's reading; with `watch`, following every node (anchors, warnings, places). */
function loadRecord(text: string, watch: boolean): { value: unknown; positions?: PositionTree | undefined } {
  // Where each node still being read began: the innermost tells what a warning is about.
  const open: number[] = [];
  const recorder = watch && text.length >= KEEP_POSITIONS_FROM ? PositionTree.record() : undefined;
  const listener = function (this: State, event: 'open' | 'close', state: State): void {
    recorder?.listener(event, state);
    if (event === 'open') return void open.push(state.position);
    open.pop();
    // Anchors mean aliases: `yaml` bounds and counts their uses, js-yaml does not.
    if ((state as State & { anchor: string | null }).anchor !== null) throw new HandOver();
  };
  const onWarning = (warning: YAMLException): void => {
    if (!watch) throw new WatchNeeded();
    // `yaml` too accepts the closing bracket of a flow collection indented as little as the
    // line that opened it (`a: [\n  x,\n]`), but no other line indented too little.
    const at = warning.mark.position;
    const bracket = text[at] === ']' || text[at] === '}';
    const opening = open.length > 0 ? firstContent(text, open[open.length - 1]!) : -1;
    const isFlow = text[opening] === '[' || text[opening] === '{';
    if (warning.reason === 'deficient indentation' && bracket && isFlow && warning.mark.column >= lineIndent(text, opening)) return;
    throw new HandOver();
  };
  const options = { schema: RECORD_SCHEMA, maxDepth: MAX_DEPTH, onWarning, ...(watch ? { listener } : {}) };
  const value = load(text, options as LoadOptions);
  return { value, positions: recorder?.tree(text) };
}

/**
 * On a line longer than MAX_KEY_SPAN, a first `:` more than MAX_KEY_SPAN characters after the
 * line's content (past indentation and list dashes) may end a key `yaml` refuses as too long.
 */
function hasLateColon(text: string): boolean {
  for (let start = 0; start < text.length; ) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    if (end - start > MAX_KEY_SPAN) {
      let content = start;
      for (let c = text[content]; c === ' ' || c === '\t' || c === '-'; c = text[++content]);
      const colon = text.indexOf(':', content);
      if (colon >= 0 && colon < end && colon - content > MAX_KEY_SPAN) return true;
    }
    start = end + 1;
  }
  return false;
}

/** The indentation of the line that holds `offset`. */
function lineIndent(text: string, offset: number): number {
  const start = text.lastIndexOf('\n', offset - 1) + 1;
  let i = start;
  while (text[i] === ' ') i++;
  return i - start;
}

/** The offset of the first character at or after `from` that is not a space, line break or comment. */
function firstContent(text: string, from: number): number {
  let i = from;
  while (i < text.length) {
    const c = text[i];
    if (c === ' ' || c === '\t' || c === '\n' || c === '\r') i++;
    else if (c === '#') i = text.indexOf('\n', i) < 0 ? text.length : text.indexOf('\n', i);
    else break;
  }
  return i;
}

/**
 * js-yaml names a null key "null" and a list key by its items; `yaml` names them "" and as YAML
 * (`[ a, b ]`). Such keys, and very long ones, never belong in a record: they go to `yaml`.
 */
function hasUnsharedKey(root: object): boolean {
  const stack: object[] = [root];
  for (let node = stack.pop(); node !== undefined; node = stack.pop()) {
    const isList = Array.isArray(node);
    for (const key of Object.keys(node)) {
      if (!isList && (key === 'null' || key === '' || key === '__proto__' || key.includes(',') || key.startsWith('[object ') || key.length > MAX_KEY_LENGTH)) {
        return true;
      }
      const child = (node as Record<string, unknown>)[key];
      if (child !== null && typeof child === 'object') stack.push(child);
    }
  }
  return false;
}
