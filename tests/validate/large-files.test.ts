// Scale tests: a record file of any shape, up to the 5 MiB limit, is checked — deep nesting, long
// flow lists, huge block lists, long strings, many keys — with the right problems and in time
// that stays linear in its size. The 5 s target itself is measured by `npm run bench:large`
// (docs/benchmarks.md): a timed test on a shared 2-core machine would fail on load, not on code.

import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { MAX_FILE_BYTES } from '../../src/load/read-source.js';
import { addFieldSuggestions } from '../../src/validate/field-suggestions.js';
import { validateWorkspace } from '../../src/validate/validate-workspace.js';
import { MAX_FILE_BYTES as SHAPES_LIMIT, SHAPES } from '../../scripts/large-shapes.mjs';

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

/**
 * Twice the 5 s target, in processor time: each shape takes 0.2–3.5 s on a quiet machine, while
 * the quadratic cases this guards against took 24 s and 51 s on files ten times smaller.
 */
const GUARD_MS = 10_000;

describe('checking a 5 MiB record file of any shape', { timeout: 60_000 }, () => {
  it('the shapes are built to the limit the reader applies', () => {
    expect(SHAPES_LIMIT).toBe(MAX_FILE_BYTES);
  });

  for (const shape of SHAPES) {
    it(`${shape.name}: ${[...new Set(shape.rules)].join(', ')}`, async () => {
      const text = shape.text();
      expect(Buffer.byteLength(text)).toBeLessThanOrEqual(MAX_FILE_BYTES);
      const { ms, rules } = await validateTimed(text);
      expect(rules).toEqual(shape.rules);
      expect(ms).toBeLessThan(GUARD_MS);
    });
  }
});
