// CLI: a short excerpt of a file with a marker under the spot, as hledger shows errors.

/** The lines around `line` with a `^^^` marker under the token at `column` (both 1-based). */
export function excerpt(text: string, line: number, column: number): string[] {
  const lines = text.split(/\r?\n/);
  const target = lines[line - 1];
  if (target === undefined) return [];
  const width = String(line).length;
  const gutter = ' '.repeat(width);
  const out = [`${gutter} |`];
  if (line > 1) out.push(`${String(line - 1).padStart(width)} | ${clip(lines[line - 2] ?? '')}`);
  out.push(`${String(line)} | ${clip(target)}`);
  out.push(`${gutter} | ${' '.repeat(Math.max(0, column - 1))}${'^'.repeat(tokenLength(target, column))}`);
  return out;
}

/**
 * Length of the token that starts at `column`: a quoted string whole; in a flow collection up to
 * the next comma or bracket; otherwise up to a key's colon, a comment or the end of the line.
 */
export function tokenLength(line: string, column: number): number {
  const rest = line.slice(column - 1);
  const quoted = /^("[^"]*"|'[^']*')/.exec(rest);
  if (quoted) return quoted[0].length;
  const inFlow = /[{[]/.test(line.slice(0, column - 1));
  const end = inFlow ? rest.search(/[,\]}]/) : rest.search(/:(\s|$)|\s#/);
  const token = (end < 0 ? rest : rest.slice(0, end)).trimEnd();
  return Math.max(1, Math.min(token.length, 80));
}

function clip(line: string): string {
  return line.length > 120 ? `${line.slice(0, 117)}...` : line;
}
