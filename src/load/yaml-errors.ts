// Load stage: the errors of the `yaml` reader as problems a methodist can act on.
//
// The library's messages ("Implicit keys need to be on a single line") say what the parser saw,
// not what the person did. Every error code becomes a problem id with its own explanation and
// advice (src/messages/*/files.ts); where the text shows the usual cause — a missing space after
// a colon, a tab, a quote or bracket never closed — the problem names that cause, at its place.
// The library's text stays in `detail` (JSON output shows it; the generic ids print it too).
// js-yaml's errors never reach the user: a text js-yaml cannot read is handed over to `yaml`.

import { CST, Parser, type ErrorCode, type LineCounter, type YAMLError } from 'yaml';
import { problem, type Problem, type ProblemId, type ProblemParams } from '../model/problem.js';
import { codePoint } from './odd-indent.js';

/** The problem id of every error code of `yaml`; some ids are refined by the text (see below). */
export const YAML_ERROR_RULES: Readonly<Record<ErrorCode, ProblemId>> = {
  ALIAS_PROPS: 'yaml-special-char',
  BAD_ALIAS: 'yaml-special-char',
  BAD_COLLECTION_TYPE: 'yaml-special-char',
  BAD_DIRECTIVE: 'yaml-documents',
  BAD_DQ_ESCAPE: 'yaml-bad-escape',
  BAD_INDENT: 'yaml-bad-indent',
  BAD_PROP_ORDER: 'yaml-special-char',
  BAD_SCALAR_START: 'yaml-special-char',
  BLOCK_AS_IMPLICIT_KEY: 'yaml-bad-indent',
  BLOCK_IN_FLOW: 'yaml-unexpected',
  DUPLICATE_KEY: 'yaml-duplicate-key',
  IMPOSSIBLE: 'yaml-syntax',
  KEY_OVER_1024_CHARS: 'yaml-unexpected',
  MISSING_CHAR: 'yaml-unexpected',
  MULTILINE_IMPLICIT_KEY: 'yaml-line-without-colon',
  MULTIPLE_ANCHORS: 'yaml-special-char',
  MULTIPLE_DOCS: 'yaml-documents',
  MULTIPLE_TAGS: 'yaml-special-char',
  NON_STRING_KEY: 'yaml-unexpected',
  RESOURCE_EXHAUSTION: 'yaml-alias-bomb',
  TAB_AS_INDENT: 'yaml-tab-indent',
  TAG_RESOLVE_FAILED: 'yaml-special-char',
  UNEXPECTED_TOKEN: 'yaml-unexpected',
};

/** Ids that name the cause itself: on their line, the errors that follow from it are left out. */
const CAUSES = new Set(['yaml-tab-indent', 'yaml-colon-space', 'yaml-odd-space-colon', 'yaml-unclosed-quote', 'yaml-unclosed-bracket', 'yaml-colon-in-value']);

/** `full_name:Фёдорова` — a key, a colon and no space: YAML reads it all as one text. */
const KEY_WITHOUT_SPACE = /^([ \t]*(?:-[ \t]+)*)([A-Za-z_][\w-]*):(?=[^\s:/])/;

/** `category:\u00a0highest` — a look-alike space after the colon, which YAML does not count. */
const KEY_ODD_SPACE = /^([ \t]*(?:-[ \t]+)*)([A-Za-z_][\w-]*):([\u00a0\u3000])/;

/** The first line of a library message, without its " at line 2, column 3:" tail. */
export function firstLine(message: string): string {
  return (message.split('\n')[0] ?? message).replace(/ at line \d+, column \d+:?$/, '').trim();
}

interface Opening {
  offset: number;
  char: string;
}

/** Problems for the errors of one text, each at its place; the consequences of a cause left out. */
export function yamlErrorProblems(text: string, errors: readonly YAMLError[], lines: LineCounter, rel: string, aliasLimit: number): Problem[] {
  const openings = errors.some((e) => e.code === 'MISSING_CHAR' || e.code === 'BAD_INDENT') ? findUnclosed(text) : { quotes: [], brackets: [] };
  const found: Problem[] = [];
  // `{ a: 0,5, b: 1,5 }` repeats the key `5`: decimal commas, not a repeated field.
  const commas = errors.some((e) => e.code === 'DUPLICATE_KEY' && isCommaDigits(text, e.pos[0])) ? decimalCommas(text, lines, rel) : [];
  for (const problem of commas) found.push(problem);
  for (const error of errors) {
    if (commas.length > 0 && error.code === 'DUPLICATE_KEY' && isCommaDigits(text, error.pos[0])) continue;
    const detail = firstLine(error.message);
    const classified = classify(text, error, detail, openings, aliasLimit);
    const at = lines.linePos(classified[1]);
    found.push({ ...problemOf(classified, rel), line: at.line, column: at.col });
  }
  return withoutConsequences(found);
}

/** A flow mapping's `name: 0,5` — a number with a decimal comma that YAML splits in two. */
const FLOW_DECIMAL_COMMA = /([A-Za-z_][\w-]*)[ \t]*:[ \t]*([-+]?\d+),(\d+)(?=[ \t]*(?:[,}#\r\n]|$))/gm;

/** Whether the key at `pos` is the digits after a number's decimal comma (`0,5` → `5`). */
function isCommaDigits(text: string, pos: number): boolean {
  return /^\d+/.test(text.slice(pos, pos + 20)) && /[:\s]\d+,$/.test(text.slice(Math.max(0, pos - 40), pos));
}

function decimalCommas(text: string, lines: LineCounter, rel: string): Problem[] {
  const found: Problem[] = [];
  for (const match of text.matchAll(FLOW_DECIMAL_COMMA)) {
    const [whole, field = '', integer = '', fraction = ''] = match;
    const at = lines.linePos((match.index ?? 0) + whole.length - integer.length - fraction.length - 1);
    const params = { field, value: `${integer},${fraction}`, fixed: `${integer}.${fraction}` };
    found.push({ ...problem('schema-decimal-comma', rel, '', params), line: at.line, column: at.col });
  }
  return found;
}

/** A problem id, where it is, and the parameters its id takes. */
type Classified = ProblemId extends infer K ? (K extends ProblemId ? readonly [rule: K, offset: number, params: ProblemParams[K]] : never) : never;

/** The ids whose only parameter is the library's text. */
const DETAIL_IDS = new Set(['yaml-syntax', 'yaml-duplicate-key', 'yaml-bad-indent', 'yaml-bad-escape', 'yaml-special-char', 'yaml-documents', 'yaml-unexpected'] as const);
type DetailId = typeof DETAIL_IDS extends Set<infer K> ? K : never;
const isDetailId = (rule: ProblemId): rule is DetailId => (DETAIL_IDS as Set<ProblemId>).has(rule);

/** The problem of a classified error: its parameters are those of its id. */
function problemOf<K extends ProblemId>([rule, , params]: readonly [K, number, ProblemParams[K]], rel: string): Problem {
  return problem(rule, rel, '', params);
}

function classify(text: string, error: YAMLError, detail: string, openings: { quotes: Opening[]; brackets: Opening[] }, aliasLimit: number): Classified {
  const pos = error.pos[0];
  const lineStart = text.lastIndexOf('\n', pos - 1) + 1;
  const lineEnd = text.indexOf('\n', lineStart) < 0 ? text.length : text.indexOf('\n', lineStart);
  const line = text.slice(lineStart, lineEnd);
  switch (error.code) {
    case 'DUPLICATE_KEY':
      return ['yaml-duplicate-key', pos, { detail }];
    case 'RESOURCE_EXHAUSTION':
      return ['yaml-alias-bomb', pos, { limit: aliasLimit }];
    case 'TAB_AS_INDENT':
      return ['yaml-tab-indent', pos, {}];
    case 'MULTILINE_IMPLICIT_KEY':
      return keyLine(line, lineStart, pos);
    case 'BLOCK_AS_IMPLICIT_KEY':
      // `group: Группа: «Солнышко»` — a colon and a space inside a value make a key of it.
      if (/compact mappings/.test(detail)) return ['yaml-colon-in-value', pos, {}];
      return ['yaml-bad-indent', pos, { detail }];
    case 'MISSING_CHAR': {
      if (/closing ["']quote/.test(detail)) {
        const quote = nearestBefore(openings.quotes, pos);
        return ['yaml-unclosed-quote', quote?.offset ?? pos, { quote: quote?.char ?? (detail.includes('"') ? '"' : "'") }];
      }
      if (/to end with|end with a/.test(detail)) return unclosedBracket(openings, pos);
      if (/Missing space after :/.test(detail)) return ['yaml-colon-space', pos, { key: '' }];
      if (/followed by map values/.test(detail)) return keyLine(line, lineStart, pos);
      return ['yaml-unexpected', pos, { detail }];
    }
    case 'BAD_INDENT':
      if (/end with a/.test(detail)) return unclosedBracket(openings, pos);
      return ['yaml-bad-indent', pos, { detail }];
    default: {
      const rule = YAML_ERROR_RULES[error.code];
      return [isDetailId(rule) ? rule : 'yaml-syntax', pos, { detail }];
    }
  }
}

/** A line read as a key that goes on: a key without a space after its colon, or no colon at all. */
function keyLine(line: string, lineStart: number, pos: number): Classified {
  const odd = KEY_ODD_SPACE.exec(line);
  if (odd) return ['yaml-odd-space-colon', lineStart + odd[0].length - 1, { key: odd[2]!, code: codePoint(odd[3]!) }];
  const match = KEY_WITHOUT_SPACE.exec(line);
  if (match) return ['yaml-colon-space', lineStart + match[1]!.length + match[2]!.length, { key: match[2]! }];
  return ['yaml-line-without-colon', pos, {}];
}

function unclosedBracket(openings: { brackets: Opening[] }, pos: number): Classified {
  const bracket = nearestBefore(openings.brackets, pos);
  const char = bracket?.char ?? '{';
  return ['yaml-unclosed-bracket', bracket?.offset ?? pos, { bracket: char, closing: char === '[' ? ']' : '}' }];
}

function nearestBefore(openings: readonly Opening[], pos: number): Opening | undefined {
  let best: Opening | undefined;
  for (const opening of openings) if (opening.offset <= pos && (best === undefined || opening.offset > best.offset)) best = opening;
  return best ?? openings[0];
}

/** Quoted texts and flow collections that the syntax tree shows open but never closed. */
function findUnclosed(text: string): { quotes: Opening[]; brackets: Opening[] } {
  const quotes: Opening[] = [];
  const brackets: Opening[] = [];
  const look = (token: CST.Token | undefined): void => {
    if (token === undefined) return;
    if (token.type === 'double-quoted-scalar' || token.type === 'single-quoted-scalar') {
      const q = token.source[0] ?? '"';
      if (token.source.length < 2 || !closesQuote(token.source, q)) quotes.push({ offset: token.offset, char: q });
    } else if (token.type === 'flow-collection') {
      const open = token.start.source;
      const close = open === '[' ? ']' : '}';
      if (!token.end.some((t) => t.source === close)) brackets.push({ offset: token.start.offset, char: open });
    }
  };
  for (const token of new Parser().parse(text)) {
    if (token.type !== 'document') continue;
    look(token.value);
    CST.visit(token, (item) => {
      look(item.key ?? undefined);
      look(item.value);
    });
  }
  return { quotes, brackets };
}

/** Whether a quoted source ends with its closing quote (`\"` and `''` are not closings). */
function closesQuote(source: string, q: string): boolean {
  if (!source.endsWith(q)) return false;
  if (q === "'") {
    const rest = source.slice(1);
    return (rest.length - rest.replace(/'+$/, '').length) % 2 === 1;
  }
  let slashes = 0;
  for (let i = source.length - 2; i > 0 && source[i] === '\\'; i--) slashes++;
  return slashes % 2 === 0;
}

/**
 * One problem per cause: on a line with a cause (a tab, a missing space, an unclosed quote), the
 * other errors of that line are its consequences; after an unclosed quote or bracket, everything
 * is read wrongly, so nothing after it is reported; after the first token that breaks the stream,
 * neither is any other such token. The same id twice at one place is one.
 */
function withoutConsequences(found: Problem[]): Problem[] {
  const causeLines = new Set(found.filter((p) => CAUSES.has(p.rule)).map((p) => p.line));
  // A quote never closed swallows the brackets after it: the quote is the cause, not the bracket.
  const quotes = found.filter((p) => p.rule === 'yaml-unclosed-quote');
  const unclosed = quotes.length > 0 ? quotes : found.filter((p) => p.rule === 'yaml-unclosed-bracket');
  const firstUnclosed = unclosed.reduce<Problem | undefined>((a, p) => (a === undefined || before(p, a) ? p : a), undefined);
  const seen = new Set<string>();
  let streamBroken = false;
  return found.filter((p) => {
    if (causeLines.has(p.line) && !CAUSES.has(p.rule)) return false;
    // Once a token does not fit the document (a stray `}`), every token after it fails as well.
    if (String(p.params['detail'] ?? '').includes('in YAML stream')) {
      if (streamBroken) return false;
      streamBroken = true;
    }
    if (firstUnclosed !== undefined && p !== firstUnclosed && (!before(p, firstUnclosed) || (quotes.length > 0 && p.rule === 'yaml-unclosed-bracket'))) return false;
    const key = `${p.rule}\u0000${p.line}\u0000${p.column}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function before(a: Problem, b: Problem): boolean {
  return (a.line ?? 0) < (b.line ?? 0) || ((a.line ?? 0) === (b.line ?? 0) && (a.column ?? 0) < (b.column ?? 0));
}
