// Load stage: where new entries go in a flow sequence `[…]` of a YAML text, so that its commas,
// comments and line breaks stay as the user wrote them.

import type { Node, YAMLSeq } from 'yaml';

/** Text to put in place of `start`..`end` of the original text. */
export interface Splice {
  start: number;
  end: number;
  text: string;
}

/**
 * The text with the splices applied; their offsets all refer to the original text. Insertions at
 * the same place come out in the order they were made.
 */
export function applySplices(text: string, splices: readonly Splice[]): string {
  let out = text;
  const order = splices.map((splice, index) => ({ splice, index })).sort((a, b) => b.splice.start - a.splice.start || b.index - a.index);
  for (const { splice: s } of order) out = out.slice(0, s.start) + s.text + out.slice(s.end);
  return out;
}

/**
 * The splices that add `entries` (each already written as flow YAML) after the last entry of the
 * flow sequence `seq` of `text`: on a line of their own before a `]` that stands on its own line,
 * else on the line of the last entry; after a trailing comma, if the list has one.
 */
export function flowAppendSplices(text: string, seq: YAMLSeq, entries: readonly string[], eol: string): Splice[] {
  if (!seq.range) throw new Error('a flow sequence without its place in the text');
  const close = text.lastIndexOf(']', seq.range[1]);
  const last = seq.items[seq.items.length - 1] as Node | undefined;
  const lastRange = last?.range;
  if (!lastRange) return [{ start: close, end: close, text: entries.join(', ') }];
  const lastEnd = lastRange[1];
  // Between the last entry and `]` there are only blanks, comments and maybe a comma.
  const comma = text.slice(lastEnd, close).replace(/#[^\r\n]*/g, (comment) => ' '.repeat(comment.length)).indexOf(',');
  const closeLine = text.lastIndexOf('\n', close - 1) + 1;
  if (closeLine > lastEnd && text.slice(closeLine, close).trim() === '') {
    const lastLine = text.lastIndexOf('\n', lastRange[0] - 1) + 1;
    const lineIndent = /^[ \t]*/.exec(text.slice(lastLine))?.[0] ?? '';
    // On the line of the `[` (`key: [a  # …`), the new line goes deeper than the key.
    const indent = seq.range[0] >= lastLine ? `${lineIndent}  ` : lineIndent;
    const lines = entries.map((entry, i) => `${indent}${entry}${comma >= 0 || i < entries.length - 1 ? ',' : ''}${eol}`);
    const splices: Splice[] = [{ start: closeLine, end: closeLine, text: lines.join('') }];
    if (comma < 0) splices.push({ start: lastEnd, end: lastEnd, text: ',' });
    return splices;
  }
  if (comma >= 0) {
    const at = lastEnd + comma + 1;
    return [{ start: at, end: at, text: ` ${entries.join(', ')},` }];
  }
  return [{ start: lastEnd, end: lastEnd, text: `, ${entries.join(', ')}` }];
}
