// Load stage: parse the YAML text of one record — js-yaml first, `yaml` for whatever it might read differently.
//
// js-yaml reads plain records about ten times as fast as `yaml` (which keeps a syntax tree with
// positions, and which editors use). Whatever js-yaml returns here must be exactly what `yaml`
// would return (tests/load/parse-record-differential.test.ts checks that); where the two could
// differ — errors, duplicate keys, anchors and aliases, tags, directives, keys that are not plain
// text — the text goes to `yaml`, which also reports every error at its place.

import { load, YAMLException, type LoadOptions, type State } from 'js-yaml';
import { problem, type Problem } from '../validate/problem.js';
import { HandOver, RECORD_SCHEMA } from './core-schema.js';
import { findOddIndents } from './odd-indent.js';

export type Parsed = { value: Record<string, unknown> } | { problems: Problem[] };

export type YamlParse = (text: string, rel: string) => Parsed;

/** Collections nested deeper than this are refused; records need about six levels. */
export const MAX_DEPTH = 100;

/**
 * Constructs whose reading js-yaml and `yaml` do not share: a directive (`%YAML 1.1` switches
 * `yaml` to other scalars), a collection as a key (`[a]: 1`), an explicit key (`? a`), a
 * verbatim tag (`!<?>`). Matching text inside a quoted value only costs the slower reader.
 */
const UNSHARED = /^%|[\]}][ \t]*:|(?:^|[ \t,[{])\?(?:[ \t\r\n]|$)|!<|\r(?!\n)/m;

/** `yaml` refuses an implicit key whose `:` is more than 1024 characters on; js-yaml does not. */
const MAX_KEY_SPAN = 1024;

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
  if (UNSHARED.test(text) || hasLateColon(text)) return undefined;
  let value: unknown;
  try {
    value = load(text, { schema: RECORD_SCHEMA, maxDepth: MAX_DEPTH, listener: refuseAnchors, onWarning: handOver } as LoadOptions);
  } catch (error) {
    if (error instanceof YAMLException && error.reason.startsWith('nesting exceeded maxDepth')) {
      return { problems: [tooDeep(rel, error.mark.line + 1, error.mark.column + 1)] };
    }
    if (error instanceof YAMLException || error instanceof HandOver || error instanceof RangeError) return undefined;
    throw error;
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return undefined;
  return hasUnsharedKey(value) ? undefined : { value: value as Record<string, unknown> };
}

export function tooDeep(rel: string, line: number, column: number): Problem {
  return { ...problem('yaml-too-deep', 'error', rel, '', { limit: MAX_DEPTH }), line, column };
}

/** A `:` more than MAX_KEY_SPAN characters into a line (lone carriage returns are handed over). */
function hasLateColon(text: string): boolean {
  for (let start = 0; start < text.length; ) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    if (end - start > MAX_KEY_SPAN) {
      const colon = text.indexOf(':', start + MAX_KEY_SPAN);
      if (colon >= 0 && colon < end) return true;
    }
    start = end + 1;
  }
  return false;
}

/** Anchors mean aliases: `yaml` bounds and counts their uses, js-yaml does not. */
function refuseAnchors(this: State, event: 'open' | 'close', state: State): void {
  if (event === 'close' && (state as State & { anchor: string | null }).anchor !== null) throw new HandOver();
}

function handOver(): never {
  throw new HandOver();
}

/**
 * js-yaml names a null key "null" and a list key by its items; `yaml` names them "" and as YAML
 * (`[ a, b ]`). Such keys never belong in a record, so they go to `yaml` to be read its way.
 */
function hasUnsharedKey(root: object): boolean {
  const stack: object[] = [root];
  for (let node = stack.pop(); node !== undefined; node = stack.pop()) {
    const isList = Array.isArray(node);
    for (const key of Object.keys(node)) {
      if (!isList && (key === 'null' || key === '' || key === '__proto__' || key.includes(',') || key.startsWith('[object '))) return true;
      const child = (node as Record<string, unknown>)[key];
      if (child !== null && typeof child === 'object') stack.push(child);
    }
  }
  return false;
}
