// Load stage: find indentation made of look-alike spaces — a common copy-paste accident.
//
// A non-breaking space (U+00A0, from Word or a web page) or an ideographic space (U+3000) looks
// like a space but is not one to YAML: `  \u00A0name: x` is not the key `name` but `\u00A0name`,
// and the field silently goes missing or moves. Both js-yaml and `yaml` read it so without
// complaint, so it is reported before reading, at its line and column.

import { problem, type Problem } from '../model/problem.js';

/** Indentation (with list dashes) that runs into an odd space: the whole match ends at it. */
const ODD_INDENT = /^[ \t]*(?:-[ \t]*)*[\u00a0\u3000]/;

const LIST_DASHES = /^[ \t]*(?:-[ \t]+)*/;

/** A line that opens a block scalar (`notes: |`, `- >-`): its more indented lines are text. */
const BLOCK_SCALAR_START = /(?:^|[ \t]|:|-)[|>][0-9+-]*[ \t]*(?:#.*)?$/;

/** `U+00A0` for a character. */
export function codePoint(char: string): string {
  return `U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
}

export function findOddIndents(text: string, rel: string): Problem[] {
  // Two searches for one character each are faster than one for a class of two.
  if (!text.includes('\u00a0') && !text.includes('\u3000')) return [];
  const problems: Problem[] = [];
  let blockIndent = -1;
  text.split('\n').forEach((raw, index) => {
    const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    if (blockIndent >= 0) {
      if (line.trim() === '' || line.length - line.replace(/^[ \t]+/, '').length > blockIndent) return;
      blockIndent = -1;
    }
    const odd = ODD_INDENT.exec(line);
    if (odd !== null) {
      const found = problem('yaml-odd-space', rel, '', { code: codePoint(odd[0].slice(-1)) });
      problems.push({ ...found, line: index + 1, column: odd[0].length });
      return;
    }
    if (!line.trimStart().startsWith('#') && BLOCK_SCALAR_START.test(line)) blockIndent = (LIST_DASHES.exec(line)?.[0] ?? '').length;
  });
  return problems;
}
