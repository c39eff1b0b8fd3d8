// CLI: a short excerpt of a file with a marker under the spot, as hledger shows errors.

import { escapeControls } from './escape-controls.js';

/** Characters of a line shown; a longer line shows a window around the spot, cut with `…`. */
export const EXCERPT_WIDTH = 120;
/** Characters kept before the spot when a long line is cut on the left. */
const CONTEXT_BEFORE = 40;

/** The lines around `line` with a `^^^` marker under the token at `column` (both 1-based). */
export function excerpt(text: string, line: number, column: number): string[] {
  const lines = linesOf(text);
  const target = lines[line - 1];
  if (target === undefined) return [];
  const width = String(line).length;
  const gutter = ' '.repeat(width);
  const spot = Math.min(Math.max(0, column - 1), target.length);
  const start = target.length <= EXCERPT_WIDTH ? 0 : Math.max(0, Math.min(spot - CONTEXT_BEFORE, target.length - EXCERPT_WIDTH));
  const out = [`${gutter} |`];
  if (line > 1) out.push(`${String(line - 1).padStart(width)} | ${escapeControls(clip(lines[line - 2] ?? '', start))}`);
  out.push(`${String(line)} | ${escapeControls(clip(target, start))}`);
  // The marker sits under the spot as printed: escapes before and inside the token widen it.
  const tokenEnd = Math.min(spot + tokenLength(target, column), start + EXCERPT_WIDTH, target.length);
  const before = escapeControls(target.slice(start, spot)).length + (start > 0 ? 1 : 0);
  const markerLength = Math.max(1, escapeControls(target.slice(spot, tokenEnd)).length);
  out.push(`${gutter} | ${' '.repeat(before)}${'^'.repeat(markerLength)}`);
  return out;
}

/**
 * Length of the token that starts at `column`: a quoted string whole; in a flow collection up to
 * the next comma or bracket; otherwise up to a key's colon, a comment or the end of the line.
 */
export function tokenLength(line: string, column: number): number {
  // Only the token's neighbourhood is looked at: a line may be hundreds of kilobytes long.
  const rest = line.slice(column - 1, column - 1 + EXCERPT_WIDTH + 2);
  const quoted = /^("[^"]*"|'[^']*')/.exec(rest);
  if (quoted) return quoted[0].length;
  const inFlow = /[{[]/.test(line.slice(0, column - 1));
  const end = inFlow ? rest.search(/[,\]}]/) : rest.search(/:(\s|$)|\s#/);
  const token = (end < 0 ? rest : rest.slice(0, end)).trimEnd();
  return Math.max(1, Math.min(token.length, 80));
}

/** `line` from `start`, at most EXCERPT_WIDTH characters, with `…` where it was cut. */
function clip(line: string, start: number): string {
  if (line.length <= EXCERPT_WIDTH) return line;
  const from = Math.min(start, line.length);
  const end = from + EXCERPT_WIDTH;
  return `${from > 0 ? '…' : ''}${line.slice(from, end)}${end < line.length ? '…' : ''}`;
}

// Problems of one file come together: its lines are split once, not once per problem.
let last: { text: string; lines: string[] } | undefined;

function linesOf(text: string): string[] {
  if (last?.text !== text) last = { text, lines: text.split(/\r?\n/) };
  return last.lines;
}
