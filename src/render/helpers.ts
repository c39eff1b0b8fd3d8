// Render stage: the template helpers — one table, registered on the one Handlebars instance.

import Handlebars from 'handlebars';

type Helper = (...args: unknown[]) => unknown;

/**
 * A helper receives Handlebars' options object last. Calling one with a missing argument must
 * fail, not print "[object Object]"; the error carries the call's position as Handlebars' own do.
 */
function oneValue(name: string, args: unknown[]): string {
  if (args.length !== 2) {
    const start = (args[args.length - 1] as { loc?: { start?: { line: number; column: number } } }).loc?.start;
    const error = new Error(`helper "${name}" takes exactly one value`);
    throw start === undefined ? error : Object.assign(error, { lineNumber: start.line, column: start.column });
  }
  const value = args[0];
  return value === null || value === undefined ? '' : String(value);
}

/**
 * Markdown text: backslash-escapes what Markdown would read as markup (and a line that would
 * start a heading or a list), so user text cannot make
 * emphasis, links, raw HTML or a table column. (The HTML escaping of `{{…}}` would print
 * `&quot;` in a Markdown file for every quote.)
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\\`*_[\]<>|&]/g, (c) => `\\${c}`)
    .replace(/^([ \t]*)([#+-]|\d{1,9}(?=[.)]))(?=[.)]?(?:[ \t]|$))/gm, (_m, space: string, mark: string) =>
      /^\d/.test(mark) ? `${space}${mark}\\` : `${space}\\${mark}`,
    );
}

/** A Markdown table cell: escaped text on one line; a line break becomes `<br>`. */
export function escapeMarkdownCell(text: string): string {
  return escapeMarkdown(text.trim()).replace(/\r?\n/g, '<br>');
}

export const HELPERS: Readonly<Record<string, Helper>> = {
  /** `{{md text}}`: user text in a Markdown template. */
  md: (...args) => new Handlebars.SafeString(escapeMarkdown(oneValue('md', args))),
  /** `{{mdCell text}}`: user text in a cell of a Markdown table. */
  mdCell: (...args) => new Handlebars.SafeString(escapeMarkdownCell(oneValue('mdCell', args))),
};
