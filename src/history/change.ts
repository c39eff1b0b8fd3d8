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
