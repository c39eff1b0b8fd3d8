// Validate stage: the schema layer — precompiled ajv validators, errors rewritten in plain words.

import type { ErrorObject } from 'ajv';
import validators from '../generated/validators.cjs';
import type { RecordKind } from '../model/types.js';
import { FIRST_YEAR, LAST_YEAR } from '../model/dates.js';
import { problem, type Problem } from '../model/problem.js';
import { codeForWord } from '../model/code-words.js';
import { pointerSegment, pointerSegments } from '../load/json-pointer.js';
import { findRepeatedItems } from './unique-items.js';

const SCHEMA_NAME: Record<RecordKind, Exclude<keyof typeof validators, 'uniqueLists'>> = {
  config: 'config',
  teacher: 'teacher',
  mentor: 'mentor',
  diagnostics: 'diagnostics',
  route: 'route',
  catalog: 'catalog',
  events: 'events',
  survey: 'survey',
  questionnaire: 'questionnaire',
};

const DATE_PATTERN = '^\\d{4}-\\d{2}-\\d{2}$';
const ID_PATTERN = '^[a-z0-9][a-z0-9-]{0,62}$';
const YEAR_PATTERN = '^\\d{4}/\\d{4}$';
const SCORE_PATH = /^\/assessments\/\d+\/scores\/[^/]+$/;

/** `0,5`, `-1,25`: a number written with a decimal comma. */
const DECIMAL_COMMA = /^\s*[-+]?\d+,\d+\s*$/;

/** `01.09.2025`, `1.9.2025`, `01/09/2025`: a date as Russians write it, day first. */
const DAY_MONTH_YEAR = /^\s*(\d{1,2})[./-](\d{1,2})[./-](\d{4})\s*(?:г\.?)?\s*$/;

/** Where each kind of record belongs, for the advice of wrong-folder. */
const HOME: Record<RecordKind, string> = {
  config: 'mentor.yaml',
  teacher: 'teachers/',
  mentor: 'mentors/',
  diagnostics: 'diagnostics/<year>/',
  route: 'routes/<year>/',
  catalog: 'catalog/',
  events: 'events/',
  survey: 'surveys/<year>/',
  questionnaire: 'questionnaires/',
};

/**
 * A record that fails its own schema but passes another kind's is in the wrong folder: one
 * problem saying so beats a dozen about fields its folder does not expect.
 */
export function checkFolder(kind: RecordKind, value: unknown, file: string): Problem | undefined {
  for (const other of Object.keys(HOME) as RecordKind[]) {
    if (other === kind || !validators[SCHEMA_NAME[other]](value)) continue;
    if (findRepeatedItems(value, validators.uniqueLists[SCHEMA_NAME[other]], file).length > 0) continue;
    return { ...problem('wrong-folder', file, '', { kind: other, folder: HOME[other] }), line: 1, column: 1 };
  }
  return undefined;
}

/** Checks one record against the schema of its kind; an empty list means it is valid. */
export function checkSchema(kind: RecordKind, value: unknown, file: string): Problem[] {
  const validate = validators[SCHEMA_NAME[kind]];
  const repeated = findRepeatedItems(value, validators.uniqueLists[SCHEMA_NAME[kind]], file);
  if (validate(value)) return repeated;
  const problems: Problem[] = [...repeated];
  const seen = new Set<string>();
  const datePointers = new Set<string>();
  for (const error of validate.errors ?? []) {
    // Under propertyNames ajv also reports the key's own pattern error; the key error says it all.
    if ((error as { propertyName?: string }).propertyName !== undefined) continue;
    const found = rewriteError(error, value, file);
    // A key appears once in its mapping: an unknown field is never a repeat, and a file of
    // hundreds of thousands of them should not build a key for each.
    if (found.rule === 'schema-unknown-field') {
      problems.push(found);
      continue;
    }
    // Several required fields may be missing from one object: each is its own problem.
    const key = `${found.pointer}\u0000${found.rule}\u0000${found.rule === 'schema-required' ? found.params['field'] : ''}`;
    // One problem per place and kind: a bad date breaks both its pattern and its format.
    if (seen.has(key) || (datePointers.size > 0 && datePointers.has(found.pointer))) continue;
    seen.add(key);
    if (found.rule.startsWith('schema-date')) datePointers.add(found.pointer);
    problems.push(found);
  }
  return problems;
}

function rewriteError(error: ErrorObject, root: unknown, file: string): Problem {
  const path = error.instancePath;
  const params = error.params as Record<string, unknown>;
  // The two commonest errors first: they need neither the field's name nor its value.
  if (error.keyword === 'required') return problem('schema-required', file, path, { field: String(params['missingProperty']) });
  if (error.keyword === 'additionalProperties') {
    const extra = String(params['additionalProperty']);
    const found = problem('schema-unknown-field', file, `${path}/${pointerSegment(extra)}`, {
      field: extra,
      schemaPath: error.schemaPath,
    });
    found.atKey = true;
    return found;
  }
  const field = fieldName(path);
  const value = valueAt(root, path);
  switch (error.keyword) {
    case 'enum': {
      const allowed = ((params['allowedValues'] as unknown[]) ?? []).map(String);
      const code = typeof value === 'string' ? codeForWord(value, allowed) : undefined;
      if (code !== undefined) return problem('schema-enum-russian', file, path, { field, value: String(value), code });
      return problem('schema-enum', file, path, {
        field,
        value: show(value),
        allowed: allowed.join(', '),
      });
    }
    case 'type': {
      const expected = String(params['type']);
      // `0,5`: a decimal comma makes text of a number (in a flow mapping, see refine-problems.ts).
      if (typeof value === 'string' && /number|integer/.test(expected) && DECIMAL_COMMA.test(value)) {
        return problem('schema-decimal-comma', file, path, { field, value: value.trim(), fixed: value.trim().replace(',', '.') });
      }
      // `consent:` with nothing after it; refine-problems.ts adds the fields and a sample.
      if (value === null && expected === 'object') return problem('schema-empty-mapping', file, path, { field, fields: '', template: '' });
      return problem('schema-type', file, path, { field, expected, value: show(value) });
    }
    case 'pattern':
      return rewritePattern(String(params['pattern']), file, path, field, value);
    case 'format':
      return problem('schema-date-invalid', file, path, { field, value: show(value) });
    case 'formatMinimum':
    case 'formatMaximum':
      // The only bounded format is the date's year, 1900–2100 (schemas' $defs/date).
      return problem('schema-date-range', file, path, { field, value: show(value), from: FIRST_YEAR, to: LAST_YEAR });
    case 'minimum':
    case 'maximum':
    case 'exclusiveMinimum':
    case 'exclusiveMaximum':
      if (SCORE_PATH.test(path)) return problem('score-out-of-range', file, path, { direction: field, value: show(value) });
      return problem('schema-range', file, path, {
        field,
        value: show(value),
        comparison: String(params['comparison']),
        limit: Number(params['limit']),
      });
    case 'minLength':
      return problem('schema-empty', file, path, { field });
    case 'minItems':
      return problem('schema-too-few', file, path, { field, limit: Number(params['limit']) });
    case 'uniqueItems':
      return problem('schema-repeated-item', file, path, { field });
    case 'propertyNames': {
      const name = String(params['propertyName']);
      const found = problem('schema-key-format', file, `${path}/${pointerSegment(name)}`, { field, key: name });
      found.atKey = true;
      return found;
    }
    default:
      return problem('schema-invalid', file, path, { field, detail: error.message ?? error.keyword });
  }
}

/** `01.09.2025` → `2025-09-01`, or undefined when it is no day-first date. */
function dayMonthYear(value: string): string | undefined {
  const match = DAY_MONTH_YEAR.exec(value);
  if (match === null) return undefined;
  const [, day = '', month = '', year = ''] = match;
  if (Number(day) < 1 || Number(day) > 31 || Number(month) < 1 || Number(month) > 12) return undefined;
  return `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
}

function rewritePattern(pattern: string, file: string, path: string, field: string, value: unknown): Problem {
  const params = { field, value: show(value) };
  if (pattern === DATE_PATTERN) {
    const fixed = typeof value === 'string' ? dayMonthYear(value) : undefined;
    if (fixed !== undefined) return problem('schema-date-dmy', file, path, { ...params, fixed });
    return problem('schema-date-format', file, path, params);
  }
  if (pattern === ID_PATTERN) return problem('schema-id-format', file, path, params);
  if (pattern === YEAR_PATTERN) return problem('schema-year-format', file, path, params);
  return problem('schema-pattern', file, path, { ...params, pattern });
}

/** The last meaningful name on a path: `/pairs/0/start` → `start`, `/tasks/2` → `tasks`. */
function fieldName(path: string): string {
  const parts = pointerSegments(path).filter((p) => p !== '' && !/^\d+$/.test(p));
  return parts[parts.length - 1] ?? '';
}

function valueAt(root: unknown, path: string): unknown {
  let node = root;
  for (const part of pointerSegments(path)) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  return node;
}

function show(value: unknown): string {
  if (typeof value === 'string') return value;
  if (value === null || value === undefined) return '—';
  return typeof value === 'object' ? JSON.stringify(value) : String(value);
}
