// Load stage: a js-yaml schema that resolves plain scalars exactly as the `yaml` package's core schema.
//
// js-yaml's own CORE_SCHEMA also reads `0b101`, `1_000`, `+0x1F` and `.Inf` variants as numbers;
// `yaml` (what editors use) reads them as text. The types below copy `yaml`'s patterns, so that a
// record reads the same in both. An explicit tag (`!!str 1`) is never needed in a record: each
// type refuses one (see HandOver), and the text goes to `yaml`.

import { Schema, Type } from 'js-yaml';

/** Thrown while reading when js-yaml might read the text differently from `yaml`. */
export class HandOver extends Error {}

const NULL = /^(?:~|[Nn]ull|NULL)?$/;
const BOOL = /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/;
const INT = /^[-+]?[0-9]+$/;
const INT_OCT = /^0o[0-7]+$/;
const INT_HEX = /^0x[0-9a-fA-F]+$/;
const FLOAT_SPECIAL = /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/;
const FLOAT_EXP = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/;
const FLOAT = /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/;

/**
 * js-yaml calls `resolve(data)` when resolving a plain scalar and `resolve(data, tag)` for an
 * explicit tag: the second argument (a string) tells the two apart.
 */
function implicitOnly(test: (data: string) => boolean): (data: unknown, tag?: unknown) => boolean {
  return (data, tag) => {
    if (tag !== undefined) throw new HandOver();
    return typeof data === 'string' && test(data);
  };
}

function explicitRefused(kind: 'scalar' | 'sequence' | 'mapping'): (data: unknown, tag?: unknown) => boolean {
  return (data, tag) => {
    if (tag !== undefined) throw new HandOver();
    return kind !== 'scalar' || typeof data === 'string';
  };
}

function parseNumber(data: string): number {
  if (INT_OCT.test(data)) return parseInt(data.slice(2), 8);
  if (INT_HEX.test(data)) return parseInt(data.slice(2), 16);
  if (INT.test(data)) return parseInt(data, 10);
  if (FLOAT_SPECIAL.test(data)) {
    if (data.slice(-3).toLowerCase() === 'nan') return NaN;
    return data.startsWith('-') ? -Infinity : Infinity;
  }
  return parseFloat(data);
}

/** Every number of the core schema starts with a sign, a digit or a dot. */
const NUMBER_START = /^[-+.0-9]/;

const isNumber = (data: string): boolean =>
  NUMBER_START.test(data) &&
  (INT.test(data) || INT_OCT.test(data) || INT_HEX.test(data) || FLOAT_SPECIAL.test(data) || FLOAT_EXP.test(data) || FLOAT.test(data));

export const RECORD_SCHEMA = new Schema({
  explicit: [
    new Type('tag:yaml.org,2002:str', { kind: 'scalar', resolve: explicitRefused('scalar'), construct: (data: unknown) => data ?? '' }),
    new Type('tag:yaml.org,2002:seq', { kind: 'sequence', resolve: explicitRefused('sequence'), construct: (data: unknown) => data ?? [] }),
    new Type('tag:yaml.org,2002:map', { kind: 'mapping', resolve: explicitRefused('mapping'), construct: (data: unknown) => data ?? {} }),
  ],
  implicit: [
    new Type('tag:yaml.org,2002:null', { kind: 'scalar', resolve: implicitOnly((s) => NULL.test(s)), construct: () => null }),
    new Type('tag:yaml.org,2002:bool', {
      kind: 'scalar',
      resolve: implicitOnly((s) => BOOL.test(s)),
      construct: (data: string) => data[0] === 't' || data[0] === 'T',
    }),
    new Type('tag:yaml.org,2002:float', { kind: 'scalar', resolve: implicitOnly(isNumber), construct: parseNumber }),
  ],
});
