// Unit tests of splitting `git cat-file --batch` output: byte sizes, missing objects.

import { describe, expect, it } from 'vitest';
import { splitCatFileBatch } from '../../src/load/cat-file-batch.js';

const object = (id: string, text: string, type = 'blob'): Buffer => {
  const body = Buffer.from(text, 'utf8');
  return Buffer.concat([Buffer.from(`${id} ${type} ${body.length}\n`), body, Buffer.from('\n')]);
};

describe('splitCatFileBatch', () => {
  it('counts sizes in bytes, so Cyrillic text and newlines inside do not shift the next object', () => {
    const out = Buffer.concat([
      object('a'.repeat(40), 'full_name: Иванова Мария\nitems: []\n'),
      Buffer.from('deadbeef missing\n'),
      object('b'.repeat(40), 'teacher: x\n'),
    ]);
    const found = splitCatFileBatch(out, 3).map((b) => b?.toString('utf8'));
    expect(found).toEqual(['full_name: Иванова Мария\nitems: []\n', undefined, 'teacher: x\n']);
  });

  it('gives undefined for what is not a blob, and for output that ends early', () => {
    const out = object('c'.repeat(40), 'tree bytes', 'tree');
    expect(splitCatFileBatch(out, 2)).toEqual([undefined, undefined]);
  });
});
