// CLI: a record made from what was read is written only over that — never over a newer change.

import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeRecord } from '../../src/cli/write-record.js';
import { tempWorkspace } from './helpers.js';

function refusal(call: () => void): unknown {
  try {
    call();
  } catch (error) {
    return error;
  }
  return undefined;
}

describe('writeRecord', () => {
  it('creates a record that was not there, and its folders', () => {
    const root = tempWorkspace(null);
    const path = join(root, 'routes', '2025-2026', 'zaytseva-ok.yaml');
    writeRecord(path, undefined, 'teacher: zaytseva-ok\n', root);
    expect(readFileSync(path, 'utf8')).toBe('teacher: zaytseva-ok\n');
  });

  it('refuses a record that appeared since it was found missing (another run made it)', () => {
    const root = tempWorkspace(null);
    mkdirSync(join(root, 'mentors'));
    const path = join(root, 'mentors', 'fedorova-ls.yaml');
    writeFileSync(path, 'teacher: fedorova-ls\n# другой запуск\n');
    expect(refusal(() => writeRecord(path, undefined, 'teacher: fedorova-ls\n', root))).toMatchObject({ name: 'WriteRefused', kind: 'changed', path });
    expect(readFileSync(path, 'utf8')).toBe('teacher: fedorova-ls\n# другой запуск\n');
  });

  it('replaces a record that still holds what was read, leaving no lock behind', () => {
    const root = tempWorkspace(null);
    const path = join(root, 'mentor.yaml');
    writeFileSync(path, 'a: 1\n');
    writeRecord(path, 'a: 1\n', 'a: 2\n', root);
    expect(readFileSync(path, 'utf8')).toBe('a: 2\n');
    expect(readdirSync(root)).toEqual(['mentor.yaml']);
  });

  it('refuses a record changed since it was read', () => {
    const root = tempWorkspace(null);
    const path = join(root, 'mentor.yaml');
    writeFileSync(path, 'a: 1\n# сохранено в редакторе\n');
    expect(refusal(() => writeRecord(path, 'a: 1\n', 'a: 2\n', root))).toMatchObject({ kind: 'changed' });
    expect(readFileSync(path, 'utf8')).toBe('a: 1\n# сохранено в редакторе\n');
  });
});
