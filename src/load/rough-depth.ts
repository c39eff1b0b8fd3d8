// Load stage: a quick upper bound on how deep a YAML text nests, before `yaml` reads it.
//
// `yaml` reads nesting recursively: a few thousand levels exhaust the stack, and at some depths
// V8 then aborts the whole process instead of throwing. js-yaml stops at MAX_DEPTH by itself, but
// a text that js-yaml leaves to `yaml` (an anchor, a syntax error) must be measured first. The
// measure is linear and rough: indentation levels that are still open plus list dashes on the
// line plus open brackets. It never exceeds the real depth by much on a sound text (brackets in
// quotes and comments are skipped), and it is at least half of it.

/** The first place where the rough depth passes `limit`, as 1-based line and column. */
export function findRoughDepth(text: string, limit: number): { line: number; column: number } | undefined {
  const indents: number[] = [];
  let flow = 0;
  let blockScalarIndent = -1;
  const lines = text.split('\n');
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!;
    const indent = line.length - line.replace(/^[ \t]+/, '').length;
    const rest = line.slice(indent);
    if (rest === '' || rest === '\r' || rest.startsWith('#')) continue;
    if (blockScalarIndent >= 0 && indent > blockScalarIndent) continue;
    blockScalarIndent = -1;
    if (flow === 0) {
      while (indents.length > 0 && indents[indents.length - 1]! >= indent) indents.pop();
      indents.push(indent);
    }
    const dashes = /^(?:-[ \t]+)*/.exec(rest)![0].replace(/[ \t]/g, '').length;
    if (indents.length + dashes + flow > limit) return { line: index + 1, column: indent + 1 };
    let quote = '';
    for (let i = indent; i < line.length; i++) {
      const c = line[i];
      if (quote !== '') {
        if (c === quote) quote = '';
        continue;
      }
      if (c === '"' || c === "'") quote = c;
      else if (c === '#' && (i === 0 || line[i - 1] === ' ' || line[i - 1] === '\t')) break;
      else if (c === '[' || c === '{') {
        flow++;
        if (indents.length + dashes + flow > limit) return { line: index + 1, column: i + 1 };
      } else if ((c === ']' || c === '}') && flow > 0) flow--;
    }
    if (flow === 0 && /(?:^|[ \t:-])[|>][0-9+-]*[ \t]*(?:#.*)?\r?$/.test(rest)) blockScalarIndent = indent;
  }
  return undefined;
}
