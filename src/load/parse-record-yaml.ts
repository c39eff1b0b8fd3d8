// Load stage: the full YAML reader (the `yaml` package) for records the fast reader leaves, with
// every error at its line. Imported only when needed: most runs never load it.

import { LineCounter, parseDocument, isMap, isScalar, type Document } from 'yaml';
import { fileProblem, problem } from '../validate/problem.js';

/** Aliases allowed per document; more means an "exponential entity expansion" bomb. */
export const MAX_ALIAS_COUNT = 100;

import type { Parsed } from './parse-record.js';

export function parseYamlDocument(text: string, lineCounter?: LineCounter): Document.Parsed {
  return parseDocument(text, { prettyErrors: false, uniqueKeys: true, ...(lineCounter ? { lineCounter } : {}) });
}

/** Parses a record with `yaml`; every failure is a problem in `rel`, never an exception. */
export function parseWithYaml(text: string, rel: string): Parsed {
  const lineCounter = new LineCounter();
  const doc = parseYamlDocument(text, lineCounter);
  if (doc.errors.length > 0) {
    return {
      problems: doc.errors.map((error) => {
        const rule = error.code === 'DUPLICATE_KEY' ? 'yaml-duplicate-key' : 'yaml-syntax';
        const found = problem(rule, 'error', rel, '', { detail: firstLine(error.message) });
        const at = lineCounter.linePos(error.pos[0]);
        found.line = at.line;
        found.column = at.col;
        return found;
      }),
    };
  }
  // A lone `---` gives an empty null scalar rather than no contents: empty all the same.
  const contents = doc.contents;
  if (contents === null || (isScalar(contents) && contents.value === null && contents.source === '')) {
    return { problems: [fileProblem('file-empty', rel)] };
  }
  if (!isMap(contents)) {
    const found = problem('file-not-mapping', 'error', rel, '', {});
    const at = lineCounter.linePos(contents.range?.[0] ?? 0);
    found.line = at.line;
    found.column = at.col;
    return { problems: [found] };
  }
  try {
    return { value: doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT }) as Record<string, unknown> };
  } catch (error) {
    if (error instanceof ReferenceError && /alias/i.test(error.message)) {
      return { problems: [fileProblem('yaml-alias-bomb', rel, { limit: MAX_ALIAS_COUNT })] };
    }
    return { problems: [problem('yaml-syntax', 'error', rel, '', { detail: firstLine(String(error)) })] };
  }
}

function firstLine(message: string): string {
  return (message.split('\n')[0] ?? message).replace(/ at line \d+, column \d+:?$/, '').trim();
}
