// Messages (English): problems of files and YAML, and of the schema layer.

import type { FilesCatalogue } from '../catalogue.js';
import { didYouMean } from './rules.js';

const typeNames: Record<string, string> = {
  string: 'text',
  number: 'a number',
  integer: 'a whole number',
  object: 'a set of fields',
  array: 'a list',
  boolean: 'true or false',
  null: 'empty',
};

const comparisons: Record<string, string> = {
  '>=': 'at least',
  '<=': 'at most',
  '>': 'more than',
  '<': 'less than',
};

const kindNames: Record<string, string> = {
  config: 'workspace settings',
  teacher: 'teacher',
  mentor: 'mentor',
  diagnostics: 'self-assessment',
  route: 'route',
  catalog: 'activity catalog',
};

const specialKindsEn: Record<string, string> = {
  directory: 'a folder',
  fifo: 'a named pipe (FIFO)',
  device: 'a device',
  socket: 'a socket',
  other: 'a special file',
};

const suggest = (p: { suggestion?: string }): string => (p.suggestion ? ` ${didYouMean(p, '')}` : '');

export const filesEn: FilesCatalogue = {
  'unknown-file': {
    message: () => 'This file is not a record and is ignored',
    advice: (p) => `Record files live at ${p.expected}; move, rename (.yaml) or delete this one.`,
  },
  'file-too-large': {
    message: (p) => `The file is ${p.size} MB, over the limit of ${p.limit} MB, and was not read`,
    advice: () => 'A record is a few kilobytes; check that this is the right file.',
  },
  'file-unreadable': {
    message: (p) => `The file cannot be read (${p.reason})`,
    advice: () => 'Check the file permissions, or that it is a file and not a broken link.',
  },
  'file-outside-workspace': {
    message: (p) => `The file is a link to ${p.target}, outside the workspace, and was not read`,
    advice: () => 'Put the record itself here, not a link to a file elsewhere; a link may only lead to a file inside the workspace.',
  },
  'file-not-regular': {
    message: (p) => `This is not an ordinary file but ${specialKindsEn[String(p.kind)] ?? p.kind}, and was not read`,
    advice: () => 'Records are ordinary text files; replace it with one, or delete it.',
  },
  'file-not-utf8': {
    message: (p) => `The file is not UTF-8 text (byte ${p.byte})`,
    advice: () => 'Save it again in the UTF-8 encoding (it was probably saved as Windows-1251).',
  },
  'problems-truncated': {
    message: (p) =>
      p.rule === undefined
        ? `…and ${p.count} more ${Number(p.count) === 1 ? 'problem' : 'problems'} in this file`
        : `…and ${p.count} more ${Number(p.count) === 1 ? 'problem' : 'problems'} of this kind (${p.rule}) in this file`,
    advice: () => 'Only the first ones are shown; fix them (the rest are most likely the same mistake) and run the check again.',
  },
  'wrong-folder': {
    message: (p) => `This is a ${kindNames[String(p.kind)] ?? p.kind} record, in the wrong folder`,
    advice: (p) => `Move it to ${p.folder}.`,
  },
  'yaml-syntax': {
    message: (p) => `YAML syntax error: ${p.detail}`,
    advice: () => 'Check indentation (spaces, not tabs), colons after keys and quotes around text with ":" or "#".',
  },
  'yaml-duplicate-key': {
    message: () => 'The same key appears twice in one mapping',
    advice: () => 'Keep one of them: the later one would silently replace the earlier.',
  },
  'file-empty': {
    message: () => 'The file is empty',
    advice: () => 'Fill in the record or delete the file.',
  },
  'file-not-mapping': {
    message: () => 'The file must hold a set of fields ("key: value" lines), not a list or a single value',
    advice: () => 'Start the record with its fields, e.g. "id: ivanova-ma".',
  },
  'yaml-alias-bomb': {
    message: (p) => `The file uses YAML aliases (*name) more than ${p.limit} times`,
    advice: () => 'Write the values out instead of repeating them with aliases.',
  },
  'yaml-odd-space': {
    message: (p) => `The indentation holds a look-alike space (${p.code}, ${p.code === 'U+3000' ? 'an ideographic space' : 'a non-breaking space'}), which YAML does not count as indentation`,
    advice: () => 'Replace it with an ordinary space: such spaces come in when text is pasted from Word or a web page.',
  },
  'yaml-too-deep': {
    message: (p) => `The data is nested more than ${p.limit} levels deep`,
    advice: () => 'A record needs only a few levels; look for brackets that are never closed or indentation that keeps growing.',
  },
  'schema-required': {
    message: (p) => `The required field "${p.field}" is missing`,
    advice: (p) => `Add "${p.field}:" here (see records.md for its form).`,
  },
  'schema-unknown-field': {
    message: (p) => `Unknown field "${p.field}"`,
    advice: (p) => `Check the spelling or remove the field.${suggest(p)}`,
  },
  'schema-enum': {
    message: (p) => `"${p.value}" is not an allowed value of "${p.field}"`,
    advice: (p) => `Use one of: ${p.allowed}.`,
  },
  'schema-type': {
    message: (p) => `"${p.field}" must be ${typeNames[String(p.expected)] ?? p.expected}, not "${p.value}"`,
    advice: (p) =>
      p.expected === 'string' ? 'Put the value in quotes, e.g. "12".' : 'Fix the value to the expected form.',
  },
  'schema-date-format': {
    message: (p) => `"${p.value}" in "${p.field}" is not a date in the form YYYY-MM-DD`,
    advice: () => 'Write dates as 2025-09-01.',
  },
  'schema-date-invalid': {
    message: (p) => `"${p.value}" in "${p.field}" is not a real calendar date`,
    advice: () => 'Check the day and the month.',
  },
  'schema-date-range': {
    message: (p) => `"${p.value}" in "${p.field}" is out of range: the year must be from ${p.from} to ${p.to}`,
    advice: () => 'Check the year: it is most likely a typo.',
  },
  'schema-id-format': {
    message: (p) => `"${p.value}" in "${p.field}" is not a valid id`,
    advice: () => 'Ids use lowercase Latin letters, digits and hyphens, e.g. ivanova-ma.',
  },
  'schema-year-format': {
    message: (p) => `"${p.value}" in "${p.field}" is not an academic year`,
    advice: () => 'Write the academic year in quotes as "2025/2026".',
  },
  'schema-pattern': {
    message: (p) => `"${p.value}" in "${p.field}" has the wrong form`,
    advice: (p) => `It must match ${p.pattern}.`,
  },
  'schema-range': {
    message: (p) =>
      `${p.value} in "${p.field}" is out of range: it must be ${comparisons[String(p.comparison)] ?? p.comparison} ${p.limit}`,
    advice: () => 'Correct the number.',
  },
  'schema-empty': {
    message: (p) => `"${p.field}" is empty`,
    advice: () => 'Fill it in or remove the field if it is optional.',
  },
  'schema-too-few': {
    message: (p) => `"${p.field}" needs at least ${p.limit} ${Number(p.limit) === 1 ? 'entry' : 'entries'}`,
    advice: () => 'Add the missing entries.',
  },
  'schema-repeated-item': {
    message: (p) => `"${p.field}" lists the same value twice`,
    advice: () => 'Remove the repeated value.',
  },
  'schema-key-format': {
    message: (p) => `"${p.key}" is not a valid key in "${p.field}"`,
    advice: () => 'Keys here are direction codes such as normative or family.',
  },
  'schema-invalid': {
    message: (p) => `"${p.field}" is invalid: ${p.detail}`,
    advice: () => 'See the record format in records.md.',
  },
};
