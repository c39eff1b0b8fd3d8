// CLI: print problems as `mentor validate` does, for commands that stop on them.

import { join, relative, sep } from 'node:path';
import type { Problem } from '../model/problem.js';
import { makeColour } from './colour.js';
import { formatText } from './format/text.js';
import type { ValidateReport } from './format/types.js';
import type { Io } from './io.js';
import type { GlobalOptions } from './global-options.js';

/** The report every output format receives; paths shown relative to the current folder. */
export function makeReport(
  problems: readonly Problem[],
  sources: ReadonlyMap<string, string>,
  fileCount: number,
  root: string,
  globals: GlobalOptions,
  io: Io,
): ValidateReport {
  return {
    problems,
    displayPath: (file) => relative(io.cwd, join(root, file)).split(sep).join('/'),
    sources,
    fileCount,
    lang: globals.lang,
    colour: makeColour(io, globals.color),
  };
}

/** The problems in the text format, without the summary line. */
export function printProblems(
  problems: readonly Problem[],
  sources: ReadonlyMap<string, string>,
  root: string,
  globals: GlobalOptions,
  io: Io,
  stream: 'stdout' | 'stderr' = 'stdout',
): void {
  const text = formatText(makeReport(problems, sources, 0, root, globals, io));
  io[stream](text.slice(0, text.lastIndexOf('\n', text.length - 2) + 1));
}
