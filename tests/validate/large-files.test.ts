// Scale tests: a record file of any shape, up to the 5 MiB limit, is checked in time roughly
// linear in its size — deep nesting, long flow lists, huge block lists, long strings, many keys.

import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { MAX_FILE_BYTES } from '../../src/load/read-source.js';
import { addFieldSuggestions } from '../../src/validate/field-suggestions.js';
import { validateWorkspace } from '../../src/validate/validate-workspace.js';

const made: string[] = [];
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A copy of the example workspace whose mentors/petrova-ov.yaml is `text`. */
function workspaceWith(text: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'mentor-large-'));
  made.push(dir);
  cpSync('examples/solnyshko', dir, { recursive: true });
  writeFileSync(join(dir, 'mentors', 'petrova-ov.yaml'), text);
  return dir;
}

/** Repeats `line(i)` until the text is close to the file size limit. */
function upToLimit(head: string, line: (i: number) => string, tail = ''): string {
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
const code = (i: number): string => `d${i.toString(36)}`;

/** The example's record of this mentor without its expertise, which the shapes below add. */
const HEAD = readFileSync('examples/solnyshko/mentors/petrova-ov.yaml', 'utf8').replace(/^expertise:.*\n/m, '');

async function validateTimed(text: string): Promise<{ ms: number; rules: string[] }> {
  const dir = workspaceWith(text);
  // Processor time, not wall time: the machine is shared, and other work would stretch the latter.
  const started = process.cpuUsage();
  const { problems } = await validateWorkspace(dir, { today: '2026-03-20' });
  await addFieldSuggestions(problems);
  const used = process.cpuUsage(started);
  const ms = (used.user + used.system) / 1000;
  return { ms, rules: problems.filter((p) => p.file === 'mentors/petrova-ov.yaml').map((p) => p.rule) };
}

/** Under 5 s of processor time (this process's threads, the garbage collector's included). */
const LIMIT_MS = 5000;

describe('checking a 5 MiB record file of any shape, in time linear in its size', { timeout: 60_000 }, () => {
  it('a 20 KB flow list nested 10,000 deep is a clear problem, not a crash', async () => {
    const { ms, rules } = await validateTimed(`${HEAD}expertise: ${'['.repeat(10_000)}${']'.repeat(10_000)}\n`);
    expect(rules).toEqual(['yaml-too-deep']);
    expect(ms).toBeLessThan(LIMIT_MS);
  });

  it('5 MiB of nested flow maps', async () => {
    const depth = Math.floor((MAX_FILE_BYTES - 2048) / 8);
    const { ms, rules } = await validateTimed(`${HEAD}expertise: ${'{ a: '.repeat(depth)}1${' }'.repeat(depth)}\n`);
    expect(rules).toEqual(['yaml-too-deep']);
    expect(ms).toBeLessThan(LIMIT_MS);
  });

  it('block nesting thousands deep, with an anchor that sends it to the full reader', async () => {
    const lines = Array.from({ length: 2500 }, (_, i) => `${' '.repeat(i + 2)}k${i}:`).join('\n');
    const { ms, rules } = await validateTimed(`${HEAD}extra: &x 1\nexpertise:\n${lines} 1\n`);
    expect(rules).toEqual(['yaml-too-deep']);
    expect(ms).toBeLessThan(LIMIT_MS);
  });

  it('a flow list over hundreds of thousands of lines', async () => {
    const text = upToLimit(`${HEAD}expertise: [\n`, (i) => `  ${code(i)},\n`, ']\n');
    const { ms, rules } = await validateTimed(text);
    // A valid record: the workspace rules check it, and know none of these directions.
    expect(rules).toEqual([...Array<string>(20).fill('unknown-direction'), 'problems-truncated']);
    expect(ms).toBeLessThan(LIMIT_MS);
  });

  it('a block list of hundreds of thousands of distinct entries, then one repeated', async () => {
    const text = upToLimit(`${HEAD}expertise:\n`, (i) => `  - ${code(i)}\n`, `  - ${code(0)}\n`);
    const { ms, rules } = await validateTimed(text);
    expect(rules).toEqual(['schema-repeated-item']);
    expect(ms).toBeLessThan(LIMIT_MS);
  });

  it('a block list of hundreds of thousands of invalid entries, each a problem', async () => {
    const text = upToLimit(`${HEAD}expertise:\n`, (i) => `  - Bad ${i}\n`);
    const { ms, rules } = await validateTimed(text);
    // The first 20, and one problem that counts the rest.
    expect(rules).toEqual([...Array<string>(20).fill('schema-pattern'), 'problems-truncated']);
    expect(ms).toBeLessThan(LIMIT_MS);
  });

  it('one string of 5 MiB', async () => {
    const text = `${HEAD}notes: ${'ж'.repeat(Math.floor((MAX_FILE_BYTES - 2048) / 2))}\n`;
    const { ms, rules } = await validateTimed(text);
    expect(rules).toEqual(['schema-unknown-field']);
    expect(ms).toBeLessThan(LIMIT_MS);
  });

  it('hundreds of thousands of unknown keys, each a problem', async () => {
    const text = upToLimit(HEAD, (i) => `${code(i)}: x\n`);
    const { ms, rules } = await validateTimed(text);
    expect(rules).toEqual([...Array<string>(20).fill('schema-unknown-field'), 'problems-truncated']);
    expect(ms).toBeLessThan(LIMIT_MS);
  });

  it('hundreds of thousands of keys in a flow map on one line', async () => {
    const text = upToLimit(`${HEAD}consent2: {`, (i) => `${code(i)}: 1, `, 'end: 1}\n');
    const { ms, rules } = await validateTimed(text);
    expect(rules).toEqual(['schema-unknown-field']);
    expect(ms).toBeLessThan(LIMIT_MS);
  });
});
