// History stage: a change found between two versions of a record, before it gets its commit. Pure.

import type { HistoryEvent } from './types.js';

export type Change = Omit<HistoryEvent, 'commit' | 'date' | 'author' | 'file'>;

type ChangeFields = Partial<Record<'item' | 'from' | 'to' | 'done_on' | 'reason', string | undefined>>;

/** A change with only the fields that have a value (records may leave any field out). */
export function makeChange(kind: Change['kind'], fields: ChangeFields = {}): Change {
  const found: Change = { kind };
  for (const [key, value] of Object.entries(fields) as [keyof ChangeFields, string | undefined][]) {
    if (value !== undefined) found[key] = value;
  }
  return found;
}

/** How the parts of a record (its items, its pairs) changed: each in `now` against its old state, then each gone. */
export interface PartChanges<T> {
  /** A part of the new version, with its state in the old one (undefined when it is new). */
  kept(key: string, now: T, was: T | undefined): Change[];
  /** A part of the old version that the new one no longer has. */
  removed(key: string, was: T): Change;
}

/** The changes between two versions of a record's parts, keyed so that each part can be followed. */
export function partChanges<T>(old: ReadonlyMap<string, T>, now: ReadonlyMap<string, T>, changes: PartChanges<T>): Change[] {
  const found: Change[] = [];
  for (const [key, state] of now) found.push(...changes.kept(key, state, old.get(key)));
  for (const [key, state] of old) if (!now.has(key)) found.push(changes.removed(key, state));
  return found;
}

/** A scalar of a parsed record as text: strings as they are, numbers written out, the rest absent. */
export function text(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return undefined;
}

export function asRecord(value: unknown): Record<string, unknown> | undefined {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
}

export function asList(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}
