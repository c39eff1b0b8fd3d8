// Render stage: a template that cannot be found, parsed or filled — located at its file and line.

import type { Problem } from '../model/problem.js';

export type TemplateErrorKind =
  | 'not-found'
  | 'refused'
  | 'parse'
  | 'unknown-helper'
  | 'unknown-partial'
  | 'missing-field'
  | 'runtime';

/**
 * Thrown, not returned: a broken template stops the document, and only the CLI catches it.
 * `message` reads `FILE:LINE:COLUMN: reason`; the fields let the CLI say it in either language.
 */
export class TemplateError extends Error {
  override readonly name = 'TemplateError';

  constructor(
    /** The template file: relative to the workspace for its own templates, absolute for built-ins. */
    readonly template: string,
    /** 1-based; null when Handlebars gave no position. */
    readonly line: number | null,
    /** 1-based; null when Handlebars gave no position. */
    readonly column: number | null,
    readonly kind: TemplateErrorKind,
    /** The field, helper or partial at fault, when there is one. */
    readonly subject: string | null,
    /** What is wrong, in one line, without the location. */
    readonly reason: string,
    /** For `refused`: the file problem (a link out of its folder…), which the CLI says in its language. */
    readonly refusal?: Problem,
  ) {
    super(`${[template, line, line === null ? null : column].filter((p) => p !== null).join(':')}: ${reason}`);
  }
}

interface HandlebarsException {
  message: string;
  lineNumber?: number;
  column?: number;
}

/**
 * Turns what Handlebars throws into a TemplateError. Its runtime and compile exceptions carry
 * `lineNumber` and a 0-based `column`; its parser errors carry the line only in the message.
 */
export function fromHandlebarsError(error: unknown, template: string): TemplateError {
  if (error instanceof TemplateError) return error;
  const e = (typeof error === 'object' && error !== null ? error : { message: String(error) }) as HandlebarsException;
  const message = String(e.message);
  const parse = /^Parse error on line (\d+):\n[^\n]*\n[^\n]*\n(.*)$/s.exec(message);
  if (parse !== null) {
    return new TemplateError(template, Number(parse[1]), null, 'parse', null, oneLine(parse[2] ?? message));
  }
  const line = typeof e.lineNumber === 'number' ? e.lineNumber : null;
  const column = line !== null && typeof e.column === 'number' ? e.column + 1 : null;
  const bare = message.replace(/ - \d+:\d+$/, '');
  const missing = /^"([^"]+)" not defined in /.exec(bare);
  if (missing !== null) {
    const field = missing[1] ?? '';
    return new TemplateError(template, line, column, 'missing-field', field, `"${field}" is not defined in the data`);
  }
  return new TemplateError(template, line, column, 'runtime', null, oneLine(bare));
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
