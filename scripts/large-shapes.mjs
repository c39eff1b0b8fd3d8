// Record files of hostile shapes up to the 5 MiB limit, for tests/validate/large-files.test.ts
// and `npm run bench:large` (scripts/bench-large-files.mjs). Each shape replaces the example's
// mentors/petrova-ov.yaml; `rules` is what `mentor validate` must report for that file.

import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

/** The file size limit of src/load/read-source.ts (a test keeps the two equal). */
export const MAX_FILE_BYTES = 5 * 1024 * 1024;

/** The example's record of this mentor without its expertise, which the shapes add. */
const HEAD = readFileSync(join(ROOT, 'examples/solnyshko/mentors/petrova-ov.yaml'), 'utf8').replace(/^expertise:.*\n/m, '');

/** Repeats `line(i)` until the text is close to the file size limit. */
function upToLimit(head, line, tail = '') {
  const parts = [head];
  let size = Buffer.byteLength(head + tail);
  for (let i = 0; ; i++) {
    const next = line(i);
    size += Buffer.byteLength(next);
    if (size > MAX_FILE_BYTES - 1024) break;
    parts.push(next);
  }
  parts.push(tail);
  return parts.join('');
}

/** A code of the direction pattern (`^[a-z][a-z0-9_]*$`), different for every i. */
const code = (i) => `d${i.toString(36)}`;

const many = (rule, n = 20) => Array(n).fill(rule);

/** @type {{ name: string; text: () => string; rules: string[] }[]} */
export const SHAPES = [
  {
    name: 'a 20 KB flow list nested 10,000 deep',
    text: () => `${HEAD}expertise: ${'['.repeat(10_000)}${']'.repeat(10_000)}\n`,
    rules: ['yaml-too-deep'],
  },
  {
    name: '5 MiB of nested flow maps',
    text: () => {
      const depth = Math.floor((MAX_FILE_BYTES - 2048) / 8);
      return `${HEAD}expertise: ${'{ a: '.repeat(depth)}1${' }'.repeat(depth)}\n`;
    },
    rules: ['yaml-too-deep'],
  },
  {
    name: 'block nesting 2,500 deep, with an anchor (the full reader)',
    text: () => {
      const lines = Array.from({ length: 2500 }, (_, i) => `${' '.repeat(i + 2)}k${i}:`).join('\n');
      return `${HEAD}extra: &x 1\nexpertise:\n${lines} 1\n`;
    },
    rules: ['yaml-too-deep'],
  },
  {
    name: 'a flow list over hundreds of thousands of lines',
    text: () => upToLimit(`${HEAD}expertise: [\n`, (i) => `  ${code(i)},\n`, ']\n'),
    // A valid record: the workspace rules check it, and know none of these directions.
    rules: [...many('unknown-direction'), 'problems-truncated'],
  },
  {
    name: 'a block list of distinct entries, then one repeated',
    text: () => upToLimit(`${HEAD}expertise:\n`, (i) => `  - ${code(i)}\n`, `  - ${code(0)}\n`),
    rules: ['schema-repeated-item'],
  },
  {
    name: 'a block list of invalid entries, each a problem',
    text: () => upToLimit(`${HEAD}expertise:\n`, (i) => `  - Bad ${i}\n`),
    rules: [...many('schema-pattern'), 'problems-truncated'],
  },
  {
    name: 'one string of 5 MiB',
    text: () => `${HEAD}notes: ${'ж'.repeat(Math.floor((MAX_FILE_BYTES - 2048) / 2))}\n`,
    rules: ['schema-unknown-field'],
  },
  {
    name: 'hundreds of thousands of unknown keys, each a problem',
    text: () => upToLimit(HEAD, (i) => `${code(i)}: x\n`),
    rules: [...many('schema-unknown-field'), 'problems-truncated'],
  },
  {
    name: 'hundreds of thousands of keys in a flow map on one line',
    text: () => upToLimit(`${HEAD}consent2: {`, (i) => `${code(i)}: 1, `, 'end: 1}\n'),
    rules: ['schema-unknown-field'],
  },
];
