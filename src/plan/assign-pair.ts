// Plan stage: `mentor plan --assign` — the text of mentors/<id>.yaml with one more pair, every
// other byte of the file as it was (comments, blank lines, flow maps, spacing).

import { Document, isMap, isScalar, isSeq, parseDocument, Scalar, stringify, YAMLSeq, type Node, type Pair as YamlPair } from 'yaml';
import type { Pair } from '../model/types.js';
import { AssignError } from './assign-error.js';
import { applySplices, flowAppendSplices } from '../load/flow-append.js';

export { AssignError, type AssignErrorCode } from './assign-error.js';
export { proposePair, proposalPeriod, type PairPeriod } from './propose-pair.js';

/** The line a new mentor file offers for the consent that art. 351.8 asks for. */
export const CONSENT_HINT = '# consent: { date: ГГГГ-ММ-ДД }  — письменное согласие наставника (ст. 351.8 ТК РФ)';

/** The order records.md gives a pair's fields; other fields follow in their own order. */
const PAIR_KEYS = ['mentee', 'kind', 'role', 'start', 'end', 'agreement', 'order', 'ended_early'];
/** Small maps written inline, as records.md shows them. */
const FLOW_KEYS = new Set(['agreement', 'ended_early']);

/**
 * Appends `pair` to the mentor file's `pairs` — as a block item, or inline in a list written
 * inline, so that the comments in and around it stay. With no file yet (undefined, or only blank lines and
 * comments) writes a new one: `header` (e.g. the yaml-language-server schema line), `teacher`, a
 * reminder of the consent, and `pairs`. The error, as a value, when the text is not a mentor record
 * of `mentorId`, or when the mentor already has a pair with this mentee overlapping the new one.
 */
export function assignPair(mentorFileText: string | undefined, mentorId: string, pair: Pair, header?: string): { text: string } | { error: AssignError } {
  if (pair.mentee === mentorId) return { error: new AssignError('self-mentoring', { mentor: mentorId }) };
  const text = mentorFileText ?? '';
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const doc = parseDocument(text, { prettyErrors: false, uniqueKeys: true });
  const error = doc.errors[0];
  if (error) return { error: new AssignError('yaml-invalid', { detail: error.message.split('\n')[0] ?? error.code }) };
  const root = doc.contents;
  if (root === null || (isScalar(root) && root.value === null && root.source === '')) {
    const kept = text.trimEnd();
    const top = kept !== '' ? kept + eol : header ? withEol(header, eol) : '';
    return { text: top + newMentorBody(mentorId, pair, eol) };
  }
  if (!isMap(root)) return { error: new AssignError('not-mentor-file', { reason: 'not-mapping' }) };
  const teacher: unknown = root.get('teacher');
  if (teacher === undefined || teacher === null) return { error: new AssignError('not-mentor-file', { reason: 'no-teacher' }) };
  if (String(teacher) !== mentorId) return { error: new AssignError('teacher-mismatch', { found: String(teacher), expected: mentorId }) };
  const entry = root.items.find((item) => isScalar(item.key) && item.key.value === 'pairs');
  const value = entry?.value;
  const isEmpty = isScalar(value) && value.value === null;
  if (!entry || !(isSeq(value) || isEmpty)) return { error: new AssignError('not-mentor-file', { reason: 'no-pairs' }) };
  const listed = (doc.toJS() as { pairs?: unknown }).pairs;
  const existing = Array.isArray(listed) ? (listed as unknown[]) : [];
  const overlap = overlapping(existing, pair);
  if (overlap !== undefined) return { error: overlap };

  const spliced =
    isSeq(value) && value.items.length > 0
      ? value.flow
        ? applySplices(text, flowAppendSplices(text, value, [flowPair(pair)], eol))
        : appendToBlockList(text, value, pair, eol)
      : replaceWithBlockList(text, entry, [...existing, pair], eol);
  if (spliced !== undefined && hasPairs(spliced, [...existing, pair])) return { text: spliced };
  // The splice could not place the pair (an unusual layout): let `yaml` write the whole file.
  const seq = isSeq(value) ? value : new YAMLSeq();
  seq.add(pairNode(doc, pair));
  if (!isSeq(value)) doc.set('pairs', seq);
  return { text: doc.toString({ lineWidth: 0 }) };
}

/** The mentor's pair with this mentee that overlaps the new one, as the error to report. */
function overlapping(existing: unknown[], pair: Pair): AssignError | undefined {
  const last = pair.ended_early?.date ?? pair.end;
  for (const item of existing) {
    if (typeof item !== 'object' || item === null) continue;
    const old = item as Partial<Pair>;
    if (old.mentee !== pair.mentee || typeof old.start !== 'string' || typeof old.end !== 'string') continue;
    const oldLast = typeof old.ended_early?.date === 'string' ? old.ended_early.date : old.end;
    if (old.start <= last && oldLast >= pair.start) return new AssignError('pair-overlap', { mentee: pair.mentee, start: old.start, end: oldLast });
  }
  return undefined;
}

/** Inserts the item after the line where the list's last item ends, at the column of its dashes. */
function appendToBlockList(text: string, seq: YAMLSeq, pair: Pair, eol: string): string | undefined {
  const dash = seq.range?.[0];
  const lastEnd = (seq.items[seq.items.length - 1] as Node | undefined)?.range?.[1];
  if (dash === undefined || lastEnd === undefined) return undefined;
  return insertAfterLine(text, lastEnd, renderItems([pair], columnOf(text, dash), eol), eol);
}

/** `pairs:` with nothing, `null` or `[…]`: the value becomes a block list under the key. */
function replaceWithBlockList(text: string, entry: YamlPair, items: unknown[], eol: string): string | undefined {
  const keyStart = (entry.key as Node).range?.[0];
  const range = (entry.value as Node).range;
  if (keyStart === undefined || !range) return undefined;
  const head = text.slice(0, range[0]).replace(/[ \t]+$/, '');
  const block = renderItems(items, columnOf(text, keyStart) + 2, eol);
  return insertAfterLine(head + text.slice(range[1]), head.length, block, eol);
}

/** Inserts `block` (whole lines) after the line that holds the character before `pos`. */
function insertAfterLine(text: string, pos: number, block: string, eol: string): string {
  if (pos > 0 && text[pos - 1] === '\n') return text.slice(0, pos) + block + text.slice(pos);
  const newline = text.indexOf('\n', pos);
  if (newline < 0) return text + eol + block;
  return text.slice(0, newline + 1) + block + text.slice(newline + 1);
}

function columnOf(text: string, pos: number): number {
  return pos - (text.lastIndexOf('\n', pos - 1) + 1);
}

/** Block list items (`- key: value`), each line indented by `column`. */
function renderItems(items: unknown[], column: number, eol: string): string {
  const doc = new Document();
  doc.contents = new YAMLSeq();
  for (const item of items) (doc.contents as YAMLSeq).add(isPairLike(item) ? pairNode(doc, item) : doc.createNode(item));
  const pad = ' '.repeat(column);
  return doc
    .toString({ lineWidth: 0, indentSeq: false })
    .split('\n')
    .map((line) => (line === '' ? line : pad + line))
    .join(eol);
}

/** The pair as a block map in records.md order: small maps inline, agreement number quoted. */
function pairNode(doc: Document, pair: Pair): Node {
  const ordered: Record<string, unknown> = {};
  const fields = pair as unknown as Record<string, unknown>;
  for (const key of [...PAIR_KEYS, ...Object.keys(pair)]) if (fields[key] !== undefined) ordered[key] = fields[key];
  const node = doc.createNode(ordered);
  for (const item of node.items) {
    if (isScalar(item.key) && FLOW_KEYS.has(String(item.key.value)) && isMap(item.value)) item.value.flow = true;
  }
  const number = node.getIn(['agreement', 'number'], true);
  if (isScalar(number)) number.type = Scalar.QUOTE_DOUBLE;
  return node;
}

/** The pair as one flow map, for a list the user wrote inline: `{ mentee: …, start: … }`. */
function flowPair(pair: Pair): string {
  const doc = new Document();
  const node = pairNode(doc, pair);
  if (isMap(node)) node.flow = true;
  doc.contents = node;
  return doc.toString({ lineWidth: 0 }).trimEnd();
}

function isPairLike(item: unknown): item is Pair {
  return typeof item === 'object' && item !== null && typeof (item as { mentee?: unknown }).mentee === 'string';
}

function newMentorBody(mentorId: string, pair: Pair, eol: string): string {
  const teacher = stringify(mentorId).trimEnd();
  return [`teacher: ${teacher}`, CONSENT_HINT, 'pairs:', ''].join(eol) + renderItems([pair], 2, eol);
}

function withEol(line: string, eol: string): string {
  return line.endsWith('\n') ? line : line + eol;
}

/** The spliced text parses to exactly the expected pairs: else the splice went wrong. */
function hasPairs(text: string, expected: unknown[]): boolean {
  const doc = parseDocument(text, { uniqueKeys: true });
  if (doc.errors.length > 0) return false;
  const pairs = (doc.toJS() as { pairs?: unknown } | null)?.pairs;
  return JSON.stringify(sortKeys(pairs)) === JSON.stringify(sortKeys(expected));
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(
    Object.entries(value)
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([k, v]) => [k, sortKeys(v)]),
  );
}
