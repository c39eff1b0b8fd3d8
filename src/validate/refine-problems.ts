// Validate stage: problems whose cause only the text shows, rewritten once they are located.
//
// Runs only when there are problems, on the problems shown, with the text of their files:
//  - `scores: { documentation: 0,5 }` reads as `documentation: 0` and a key `5` without a value;
//    the schema sees an unknown key and a missing number. Both become one decimal-comma problem at
//    the number, and the `0` that the comma cut off is not left to pass for the score.
//  - `{ years:2 }` and `- kind:entry` read as the key `years:2` and the text `kind:entry`; they
//    become one missing-space problem at the colon.
//  - an empty mapping (`consent:`) gets the fields it needs and a sample to copy, from the schema.

import { pointerSegment, type Position } from '../load/json-pointer.js';
import { lineStartsOf, positionAt } from '../load/line-starts.js';
import { codePoint } from '../load/odd-indent.js';
import { recordKindOf } from '../load/list-records.js';
import { problem, type Problem } from '../model/problem.js';

type SchemaNode = Record<string, unknown>;

/** A digit key cut off a number by its decimal comma: `0,5` → `0` and `5`. */
const DIGIT_KEY = /\/(\d+)$/;

/** `years:2` — a field name, a colon and a value without a space between. */
const GLUED = /^([A-Za-z_][\w-]*):(?=[^\s]|[\u00a0\u3000])/;

export async function refineProblems(problems: readonly Problem[], sources: ReadonlyMap<string, string>): Promise<Problem[]> {
  lineStarts.clear();
  let out: Problem[] = [...problems];
  if (out.some((p) => DIGIT_KEY.test(p.pointer))) out = decimalCommas(out, sources);
  if (out.some((p) => p.rule === 'schema-unknown-field' || p.rule === 'schema-type')) out = gluedColons(out, sources);
  if (out.some((p) => p.rule === 'schema-empty-mapping')) await addTemplates(out);
  lineStarts.clear();
  return out;
}

function decimalCommas(problems: Problem[], sources: ReadonlyMap<string, string>): Problem[] {
  const replaced = new Map<string, Problem>();
  const dropped = new Set<string>();
  for (const found of problems) {
    const digits = DIGIT_KEY.exec(found.pointer)?.[1];
    const text = sources.get(found.file);
    if (digits === undefined || text === undefined || found.line === undefined || found.column === undefined) continue;
    const where = `${found.file}\u0000${found.pointer}`;
    if (replaced.has(where)) continue;
    const at = offsetOf(text, found.line, found.column);
    if (!text.startsWith(digits, at)) continue;
    // Before the key: `name: 0,` — the whole number and the name of its field.
    const head = /([A-Za-z_][\w-]*)[ \t]*:[ \t]*([-+]?\d+),([ \t]?)$/.exec(text.slice(Math.max(0, at - 200), at));
    if (head === null) continue;
    const [, field = '', whole = '', space = ''] = head;
    const parent = found.pointer.slice(0, -digits.length - 1);
    const numberAt = position(text, at - whole.length - 1 - space.length);
    const value = `${whole},${space}${digits}`;
    const pointer = `${parent}/${pointerSegment(field)}`;
    replaced.set(where, { ...problem('schema-decimal-comma', found.file, pointer, { field, value, fixed: `${whole}.${digits}` }), ...numberAt });
    dropped.add(`${found.file}\u0000${pointer}`);
  }
  if (replaced.size === 0) return problems;
  const out: Problem[] = [];
  const placed = new Set<string>();
  for (const found of problems) {
    const where = `${found.file}\u0000${found.pointer}`;
    const replacement = replaced.get(where);
    if (replacement !== undefined) {
      if (!placed.has(where)) out.push(replacement);
      placed.add(where);
    } else if (!dropped.has(where)) out.push(found);
  }
  return out;
}

function gluedColons(problems: Problem[], sources: ReadonlyMap<string, string>): Problem[] {
  const glued = new Map<string, string>();
  const out = problems.map((found): Problem => {
    const text = found.rule === 'schema-unknown-field' ? String(found.params['field']) : found.rule === 'schema-type' ? String(found.params['value']) : '';
    const match = GLUED.exec(text);
    const source = sources.get(found.file);
    if (match === null || source === undefined || found.line === undefined || found.column === undefined) return found;
    const at = offsetOf(source, found.line, found.column);
    const key = match[1]!;
    if (!source.startsWith(`${key}:`, at)) return found;
    const parent = found.rule === 'schema-unknown-field' ? found.pointer.slice(0, found.pointer.lastIndexOf('/')) : found.pointer;
    glued.set(`${found.file}\u0000${parent}`, key);
    // `{ years:\u00a027 }`: a look-alike space after the colon, which YAML does not count.
    const after = source[at + key.length + 1] ?? '';
    if (after === '\u00a0' || after === '\u3000') {
      const odd = position(source, at + key.length + 1);
      return { ...problem('yaml-odd-space-colon', found.file, found.pointer, { key, code: codePoint(after) }), ...odd };
    }
    const colon = position(source, at + key.length);
    return { ...problem('yaml-colon-space', found.file, found.pointer, { key }), ...colon };
  });
  if (glued.size === 0) return problems;
  // The field the glued text was meant to be is then "missing": that is the same mistake.
  return out.filter((found) => !(found.rule === 'schema-required' && glued.get(`${found.file}\u0000${found.pointer}`) === found.params['field']));
}

async function addTemplates(problems: readonly Problem[]): Promise<void> {
  const { SCHEMAS } = await import('./schema-sources.js');
  for (const found of problems) {
    if (found.rule !== 'schema-empty-mapping') continue;
    const kind = recordKindOf(found.file);
    const root = kind === undefined ? undefined : (SCHEMAS[kind] as SchemaNode);
    const node = root === undefined ? undefined : schemaAt(root, root, found.pointer);
    if (node === undefined) continue;
    found.params['fields'] = (Array.isArray(node['required']) ? (node['required'] as string[]) : []).join(', ');
    found.params['template'] = `${String(found.params['field'])}: ${sample(root!, node, String(found.params['field']), 0)}`;
  }
}


/** The schema of the value at `pointer`, following properties, items and local $refs. */
function schemaAt(root: SchemaNode, schema: SchemaNode, pointer: string): SchemaNode | undefined {
  let node: SchemaNode | undefined = deref(root, schema);
  for (const raw of pointer.split('/').slice(1)) {
    if (node === undefined) return undefined;
    const part = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    const properties = node['properties'] as Record<string, SchemaNode> | undefined;
    const next: unknown = properties?.[part] ?? (/^\d+$/.test(part) ? node['items'] : undefined) ?? node['additionalProperties'];
    node = next !== null && typeof next === 'object' ? deref(root, next as SchemaNode) : undefined;
  }
  return node;
}

function deref(root: SchemaNode, node: SchemaNode): SchemaNode {
  let current = node;
  for (let i = 0; i < 10 && typeof current['$ref'] === 'string'; i++) {
    const ref = current['$ref'];
    if (!ref.startsWith('#/')) break;
    let target: unknown = root;
    for (const part of ref.slice(2).split('/')) target = (target as Record<string, unknown> | undefined)?.[part];
    if (target === null || typeof target !== 'object') break;
    current = target as SchemaNode;
  }
  return current;
}

/** The required fields of an object schema, or its first two fields when none is required. */
function requiredOf(node: SchemaNode): string[] {
  const required = Array.isArray(node['required']) ? (node['required'] as string[]) : [];
  if (required.length > 0) return required;
  return Object.keys((node['properties'] as Record<string, unknown> | undefined) ?? {}).slice(0, 2);
}

/** Sample texts of fields whose schema says only "text". */
const SAMPLE_TEXT: Readonly<Record<string, string>> = {
  number: '"12"',
  order: '"118-о"',
  protocol: '"1"',
  body: 'педагогический совет',
  institution: 'ВоГУ',
  specialty: 'Дошкольное образование',
  reason: 'увольнение наставляемого',
  name: 'МБДОУ «Детский сад № 12»',
  head: 'Сидорова Наталья Ивановна',
  curator: 'kuznetsova-ev',
  title: 'Программа наставничества',
  mentor: 'Итоги работы наставника',
  mentee: 'ivanova-ma',
  teacher: 'ivanova-ma',
  topic: 'Знакомство с документацией группы',
};

const SAMPLE_NUMBER: Readonly<Record<string, number>> = { years: 0, year: 2025, hours: 72, minutes: 40, target_coverage: 0.7 };

/** A value to copy for a schema: a flow mapping of its required fields, a date, a code, a number. */
function sample(root: SchemaNode, schema: SchemaNode, name: string, depth: number): string {
  const node = deref(root, schema);
  const type = node['type'];
  if (type === 'object' || node['properties'] !== undefined) {
    if (depth > 1) return '{ … }';
    const properties = (node['properties'] as Record<string, SchemaNode> | undefined) ?? {};
    const fields = requiredOf(node).map((field) => `${field}: ${properties[field] ? sample(root, properties[field], field, depth + 1) : '…'}`);
    return `{ ${fields.join(', ')} }`;
  }
  if (type === 'array') return node['items'] ? `[${sample(root, node['items'] as SchemaNode, name, depth + 1)}]` : '[…]';
  if (typeof node['default'] === 'number' || typeof node['default'] === 'string') return String(node['default']);
  if (Array.isArray(node['enum'])) return String(node['enum'][0]);
  if (node['format'] === 'date' || node['pattern'] === '^\\d{4}-\\d{2}-\\d{2}$') return name === 'end' ? '2026-05-31' : '2025-09-01';
  if (node['pattern'] === '^\\d{4}/\\d{4}$') return '"2025/2026"';
  if (type === 'number' || type === 'integer') return String(SAMPLE_NUMBER[name] ?? node['minimum'] ?? 1);
  if (type === 'boolean') return 'true';
  return SAMPLE_TEXT[name] ?? '…';
}

/** Line starts per text, made once per run: a large file may have a hundred problems to place. */
const lineStarts = new Map<string, number[]>();

function startsOf(text: string): number[] {
  let starts = lineStarts.get(text);
  if (starts === undefined) {
    starts = lineStartsOf(text);
    lineStarts.set(text, starts);
  }
  return starts;
}

function offsetOf(text: string, line: number, column: number): number {
  const starts = startsOf(text);
  return (starts[Math.min(line, starts.length) - 1] ?? 0) + column - 1;
}

function position(text: string, offset: number): Position {
  return positionAt(startsOf(text), offset);
}
