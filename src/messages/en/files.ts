// Messages (English): problems of files and YAML, and of the schema layer.

import { lastKey, type FilesCatalogue } from '../catalogue.js';
import { COMPARISONS, JSON_TYPES, PLACEHOLDER_HINTS, RECORD_KINDS, SPECIAL_FILES, wordOf } from '../words.js';
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
  'yaml-syntax': [
    (p) => `YAML syntax error: ${p.detail}`,
    'Compare the line with its neighbours and the samples in records.md: indentation with spaces, "key: value" with a space after the colon, quotes closed.',
  ],
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
  'placeholder': [
    (p) =>
      `Field ${p.field} is a placeholder of mentor init: while it is marked "# уточните", no report figure or mentor suggestion counts it`,
    (p) => `Write ${wordOf(PLACEHOLDER_HINTS.en, lastKey(p.field)) ?? 'the real value'} in its place; then delete the "# уточните" mark.`,
  ],
  'record-outside-year-folder': [
    (p) => `This record lies right in ${p.folder}/, outside a year folder, and no command reads it`,
    (p) =>
      p.from === 'record'
        ? `Move the file to ${p.expected}: its year field says ${p.year}.`
        : `Move the file to ${p.expected} (the current academic year, ${p.year}), or to the folder of the year it belongs to.`,
  ],
  'yaml-colon-space': [
    (p) => (p.key ? `A colon needs a space after it: "${p.key}:" runs into its value` : 'A colon needs a space after it'),
    (p) => (p.key ? `Put a space after the colon: "${p.key}: …".` : 'Put a space after the colon: "key: value".'),
  ],
  'yaml-tab-indent': [
    'The indentation is a tab: YAML allows only spaces in indentation',
    'Replace the tab with spaces, as many as the neighbouring lines of the same level have (usually two per level).',
  ],
  'yaml-unclosed-quote': [
    (p) => `The quote ${p.quote} opened here is never closed`,
    (p) => `Put the closing ${p.quote} at the end of the value on this line, or remove the opening one.`,
  ],
  'yaml-unclosed-bracket': [
    (p) => `The bracket "${p.bracket}" opened here is never closed`,
    (p) => `Put "${p.closing}" after the last field or value; if they go on over several lines, indent those lines further than the line with the bracket.`,
  ],
  'yaml-line-without-colon': [
    'A line without a colon: YAML cannot tell which field it belongs to',
    'If it is a field, write a colon and a space after its name ("key: value"); if it continues the previous field\'s text, indent it further than that field\'s name or put the whole text in quotes.',
  ],
  'yaml-colon-in-value': [
    'The value holds a colon and a space: YAML reads its beginning as another key',
    'Put the whole value in quotes, e.g. group: "Подготовительная группа: «Солнышко»".',
  ],
  'yaml-bad-indent': [
    (p) => `Wrong indentation: the line does not line up with the other lines of its level (YAML: ${p.detail})`,
    'Fields of one level start in the same column, nested ones further right; indent with spaces only.',
  ],
  'yaml-bad-escape': [
    (p) => `In double quotes a backslash "\\" starts an escape sequence, and this one does not exist (YAML: ${p.detail})`,
    'Use single quotes instead of double ones, or double the backslash: "\\\\".',
  ],
  'yaml-special-char': [
    (p) => `The value starts with &, *, !, @ or \`, which have a special meaning in YAML (YAML: ${p.detail})`,
    'Put the value in quotes, e.g. note: "*важно".',
  ],
  'yaml-documents': [
    (p) => `A line "---" or "%…" splits the file into several YAML documents (YAML: ${p.detail})`,
    'One record is one file: delete the "---" (or "%…") line or move the second part to a file of its own.',
  ],
  'yaml-unexpected': [
    (p) => `YAML did not expect what it found here (YAML: ${p.detail})`,
    'Check the brackets { } and [ ] (each opened one closed, none extra), the commas between values in brackets, and quotes around text with ":", "#", "{" or "[".',
  ],
  'yaml-odd-space-colon': [
    (p) => `After "${p.key}:" stands a look-alike space (${p.code}, ${p.code === 'U+3000' ? 'an ideographic space' : 'a non-breaking space'}), which YAML does not count as a space: it sees no field here`,
    'Replace it with an ordinary space: such spaces come in when text is pasted from Word or a web page.',
  ],
  'schema-date-dmy': [
    (p) => `"${p.value}" in "${p.field}" is written as DD.MM.YYYY; records need YYYY-MM-DD`,
    (p) => `Write the date as ${p.fixed}.`,
  ],
  'schema-decimal-comma': [
    (p) => `${p.value} in "${p.field}": the fraction is separated by a point, not a comma`,
    (p) => `Write ${p.fixed}.`,
  ],
  'schema-enum-russian': [
    (p) => `"${p.value}" in "${p.field}" is a Russian name; the record needs a code`,
    (p) => `Instead of "${p.value}" write ${p.code}.`,
  ],
  'schema-empty-mapping': [
    (p) => (p.fields ? `"${p.field}" is empty; it must hold the fields ${p.fields}` : `"${p.field}" is empty; it must hold a set of fields`),
    (p) => (p.template ? `Fill it in after this sample: ${p.template}` : 'Fill it in after the samples of records.md, or remove it if it is optional.'),
  ],
};
