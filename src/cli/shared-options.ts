// CLI: the options several commands take, declared once — the same flag means the same thing
// (and says so in the same words, in both languages) on every command that has it.

import type { OptionSpec } from './localized-command.js';

const SHARED = {
  year: {
    flags: '--year <year>',
    description: {
      en: 'academic year, 2025/2026 or 2025-2026 (default: the year containing --today)',
      ru: 'учебный год, 2025/2026 или 2025-2026 (по умолчанию — год, в который попадает --today)',
    },
  },
  today: {
    flags: '--today <date>',
    description: {
      en: 'the reference date, 2026-03-20 or 20.03.2026 (default: today)',
      ru: 'дата, на которую считать, 2026-03-20 или 20.03.2026 (по умолчанию — сегодня)',
    },
  },
  documentsOut: {
    flags: '--out <dir>',
    description: { en: 'folder for the documents (default: out/ in the workspace)', ru: 'папка для документов (по умолчанию — out/ в рабочей папке)' },
  },
  documentFormat: {
    flags: '-f, --format <format>',
    description: {
      en: 'html: HTML to print and Markdown; pdf: printed by a local Chromium, Chrome or Edge; docx: Word',
      ru: 'html — HTML для печати и Markdown; pdf — печать браузером Chromium, Chrome или Edge на этом компьютере; docx — Word',
    },
    choices: ['html', 'pdf', 'docx'],
    default: 'html',
  },
  browser: {
    flags: '--browser <path>',
    description: {
      en: 'the browser that prints PDF (default: MENTOR_BROWSER, else one found on the machine)',
      ru: 'браузер, который печатает PDF (по умолчанию — из MENTOR_BROWSER, иначе найденный на компьютере)',
    },
  },
  rev: {
    flags: '--rev <rev>',
    description: {
      en: 'read the records as they were at this git revision (nothing is written from them)',
      ru: 'читать записи такими, какими они были в этой ревизии git (по ним ничего не записывается)',
    },
  },
  dryRun: {
    flags: '--dry-run',
    description: { en: 'print the change as a diff; write nothing', ru: 'показать изменение в виде diff, ничего не записывая' },
  },
} as const satisfies Record<string, OptionSpec>;

export type SharedOption = keyof typeof SHARED;

/** The options of the commands that render documents (render route, render roadmap). */
export const DOCUMENT_OPTIONS: readonly SharedOption[] = ['year', 'today', 'documentsOut', 'documentFormat', 'browser', 'rev'];

/** The options of the commands that change a record (done, meeting, assess). */
export const EDIT_OPTIONS: readonly SharedOption[] = ['year', 'today', 'dryRun'];

/** The declaration of the shared option named. */
export function shared(name: SharedOption): OptionSpec {
  return SHARED[name];
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
