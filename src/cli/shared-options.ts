// CLI: the options several commands take, declared once — the same flag means the same thing
// (and says so in the same words) on every command that has it.

import { Option, type Command } from 'commander';

const SHARED = {
  year: () => new Option('--year <year>', 'academic year, 2025/2026 or 2025-2026 (default: the year containing --today)'),
  today: () => new Option('--today <date>', 'the reference date, 2026-03-20 or 20.03.2026 (default: today)'),
  documentsOut: () => new Option('--out <dir>', 'folder for the documents (default: out/ in the workspace)'),
  documentFormat: () =>
    new Option('-f, --format <format>', 'html: HTML to print and Markdown; pdf: printed by a local Chromium, Chrome or Edge; docx: Word')
      .choices(['html', 'pdf', 'docx'])
      .default('html'),
  browser: () => new Option('--browser <path>', 'the browser that prints PDF (default: MENTOR_BROWSER, else one found on the machine)'),
  rev: () => new Option('--rev <rev>', 'read the records as they were at this git revision (nothing is written from them)'),
  dryRun: () => new Option('--dry-run', 'print the change as a diff; write nothing'),
} as const;

export type SharedOption = keyof typeof SHARED;

/** The options of the commands that render documents (render route, render roadmap). */
export const DOCUMENT_OPTIONS: readonly SharedOption[] = ['year', 'today', 'documentsOut', 'documentFormat', 'browser', 'rev'];

/** The options of the commands that change a record (done, meeting, assess). */
export const EDIT_OPTIONS: readonly SharedOption[] = ['year', 'today', 'dryRun'];

/** A new Option of the shared one named. */
export function shared(name: SharedOption): Option {
  return SHARED[name]();
}

/** Adds the shared options named, in the order given. */
export function withShared(command: Command, ...names: SharedOption[]): Command {
  for (const name of names) command.addOption(SHARED[name]());
  return command;
}

/** What the commands that render documents take: the shared options of DOCUMENT_OPTIONS. */
export interface DocumentCliOptions {
  year?: string;
  today?: string;
  out?: string;
  rev?: string;
  /** html: HTML and Markdown; pdf: printed by a local browser; docx: Word. */
  format: 'html' | 'pdf' | 'docx';
  browser?: string;
}
