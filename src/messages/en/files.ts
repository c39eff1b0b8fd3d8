// Messages (English): problems of files and YAML, and of the schema layer.

import type { FilesCatalogue } from '../catalogue.js';
import { COMPARISONS, JSON_TYPES, RECORD_KINDS, SPECIAL_FILES, wordOf } from '../words.js';
import { didYouMean } from './rules.js';

const suggest = (p: { suggestion?: string }): string => (p.suggestion ? ` ${didYouMean(p, '')}` : '');

export const filesEn: FilesCatalogue = {
  'unknown-file': ['This file is not a record and is ignored', (p) => `Record files live at ${p.expected}; move, rename (.yaml) or delete this one.`],
  'file-too-large': [
    (p) => `The file is ${p.size} MB, over the limit of ${p.limit} MB, and was not read`,
    'A record is a few kilobytes; check that this is the right file.',
  ],
  'file-unreadable': [(p) => `The file cannot be read (${p.reason})`, 'Check the file permissions, or that it is a file and not a broken link.'],
  'file-outside-workspace': [
    (p) => `The file is a link to ${p.target}, outside the workspace, and was not read`,
    'Put the record itself here, not a link to a file elsewhere; a link may only lead to a file inside the workspace.',
  ],
  'file-not-regular': [
    (p) => `This is not an ordinary file but ${wordOf(SPECIAL_FILES.en, p.kind) ?? p.kind}, and was not read`,
    'Records are ordinary text files; replace it with one, or delete it.',
  ],
  'file-not-utf8': [(p) => `The file is not UTF-8 text (byte ${p.byte})`, 'Save it again in the UTF-8 encoding (it was probably saved as Windows-1251).'],
  'problems-truncated': [
    (p) =>
      p.rule === undefined
        ? `…and ${p.count} more ${Number(p.count) === 1 ? 'problem' : 'problems'} in this file`
        : `…and ${p.count} more ${Number(p.count) === 1 ? 'problem' : 'problems'} of this kind (${p.rule}) in this file`,
    'Only the first ones are shown; fix them (the rest are most likely the same mistake) and run the check again.',
  ],
  'wrong-folder': [(p) => `This is a ${wordOf(RECORD_KINDS.en, p.kind) ?? p.kind} record, in the wrong folder`, (p) => `Move it to ${p.folder}.`],
  'yaml-syntax': [(p) => `YAML syntax error: ${p.detail}`, 'Check indentation (spaces, not tabs), colons after keys and quotes around text with ":" or "#".'],
  'yaml-duplicate-key': ['The same key appears twice in one mapping', 'Keep one of them: the later one would silently replace the earlier.'],
  'file-empty': ['The file is empty', 'Fill in the record or delete the file.'],
  'file-not-mapping': [
    'The file must hold a set of fields ("key: value" lines), not a list or a single value',
    'Start the record with its fields, e.g. "id: ivanova-ma".',
  ],
  'yaml-alias-bomb': [(p) => `The file uses YAML aliases (*name) more than ${p.limit} times`, 'Write the values out instead of repeating them with aliases.'],
  'yaml-odd-space': [
    (p) => `The indentation holds a look-alike space (${p.code}, ${p.code === 'U+3000' ? 'an ideographic space' : 'a non-breaking space'}), which YAML does not count as indentation`,
    'Replace it with an ordinary space: such spaces come in when text is pasted from Word or a web page.',
  ],
  'yaml-too-deep': [
    (p) => `The data is nested more than ${p.limit} levels deep`,
    'A record needs only a few levels; look for brackets that are never closed or indentation that keeps growing.',
  ],
  'schema-required': [(p) => `The required field "${p.field}" is missing`, (p) => `Add "${p.field}:" here (see records.md for its form).`],
  'schema-unknown-field': [(p) => `Unknown field "${p.field}"`, (p) => `Check the spelling or remove the field.${suggest(p)}`],
  'schema-enum': [(p) => `"${p.value}" is not an allowed value of "${p.field}"`, (p) => `Use one of: ${p.allowed}.`],
  'schema-type': [
    (p) => `"${p.field}" must be ${wordOf(JSON_TYPES.en, p.expected) ?? p.expected}, not "${p.value}"`,
    (p) =>
      p.expected === 'string' ? 'Put the value in quotes, e.g. "12".' : 'Fix the value to the expected form.',
  ],
  'schema-date-format': [(p) => `"${p.value}" in "${p.field}" is not a date in the form YYYY-MM-DD`, 'Write dates as 2025-09-01.'],
  'schema-date-invalid': [(p) => `"${p.value}" in "${p.field}" is not a real calendar date`, 'Check the day and the month.'],
  'schema-date-range': [(p) => `"${p.value}" in "${p.field}" is out of range: the year must be from ${p.from} to ${p.to}`, 'Check the year: it is most likely a typo.'],
  'schema-id-format': [(p) => `"${p.value}" in "${p.field}" is not a valid id`, 'Ids use lowercase Latin letters, digits and hyphens, e.g. ivanova-ma.'],
  'schema-year-format': [(p) => `"${p.value}" in "${p.field}" is not an academic year`, 'Write the academic year in quotes as "2025/2026".'],
  'schema-pattern': [(p) => `"${p.value}" in "${p.field}" has the wrong form`, (p) => `It must match ${p.pattern}.`],
  'schema-range': [
    (p) =>
      `${p.value} in "${p.field}" is out of range: it must be ${wordOf(COMPARISONS.en, p.comparison) ?? p.comparison} ${p.limit}`,
    'Correct the number.',
  ],
  'schema-empty': [(p) => `"${p.field}" is empty`, 'Fill it in or remove the field if it is optional.'],
  'schema-too-few': [(p) => `"${p.field}" needs at least ${p.limit} ${Number(p.limit) === 1 ? 'entry' : 'entries'}`, 'Add the missing entries.'],
  'schema-repeated-item': [(p) => `"${p.field}" lists the same value twice`, 'Remove the repeated value.'],
  'schema-key-format': [(p) => `"${p.key}" is not a valid key in "${p.field}"`, 'Keys here are direction codes such as normative or family.'],
  'schema-invalid': [(p) => `"${p.field}" is invalid: ${p.detail}`, 'See the record format in records.md.'],
};
