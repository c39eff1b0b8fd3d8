// Unit tests of reading a record file as text: BOM, encodings, size limit, unreadable paths.

import { mkdirSync, mkdtempSync, rmSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { decodeSource, firstInvalidUtf8, MAX_FILE_BYTES, readSource } from '../../src/load/read-source.js';

/** «Иванова» in Windows-1251: every letter is one byte of 0xC0–0xFF. */
const IVANOVA_CP1251 = [0xc8, 0xe2, 0xe0, 0xed, 0xee, 0xe2, 0xe0];

const bytes = (...parts: (string | number[])[]): Uint8Array =>
  Buffer.concat(parts.map((part) => (typeof part === 'string' ? Buffer.from(part, 'utf8') : Buffer.from(part))));

describe('readSource', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'mentor-read-source-'));
  });
  afterEach(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  it('reads UTF-8 text as it is', () => {
    writeFileSync(join(dir, 'x.yaml'), 'full_name: Иванова Мария\n');
    expect(readSource(join(dir, 'x.yaml'), 'teachers/x.yaml', dir)).toEqual({ text: 'full_name: Иванова Мария\n' });
  });

  it('drops a UTF-8 byte order mark', () => {
    writeFileSync(join(dir, 'x.yaml'), bytes([0xef, 0xbb, 0xbf], 'id: ivanova-ma\n'));
    expect(readSource(join(dir, 'x.yaml'), 'teachers/x.yaml', dir)).toEqual({ text: 'id: ivanova-ma\n' });
  });

  it('reports a Windows-1251 file as not UTF-8 at its first Cyrillic letter', () => {
    writeFileSync(join(dir, 'x.yaml'), bytes('id: ivanova-ma\nfull_name: ', IVANOVA_CP1251, '\n'));
    expect(readSource(join(dir, 'x.yaml'), 'teachers/x.yaml', dir)).toEqual({
      problem: {
        rule: 'file-not-utf8',
        severity: 'error',
        file: 'teachers/x.yaml',
        pointer: '',
        params: { byte: 27 },
        line: 2,
        column: 12,
      },
    });
  });

  it('refuses a file over 5 MiB without reading it', () => {
    const path = join(dir, 'x.yaml');
    writeFileSync(path, '');
    truncateSync(path, MAX_FILE_BYTES + 1);
    expect(readSource(path, 'teachers/x.yaml', dir)).toEqual({
      problem: {
        rule: 'file-too-large',
        severity: 'error',
        file: 'teachers/x.yaml',
        pointer: '',
        params: { size: '5.0', limit: 5 },
        line: 1,
        column: 1,
      },
    });
  });

  it('reads a file of exactly 5 MiB', () => {
    const path = join(dir, 'x.yaml');
    writeFileSync(path, '');
    truncateSync(path, MAX_FILE_BYTES);
    const source = readSource(path, 'teachers/x.yaml', dir);
    expect('text' in source && source.text.length).toBe(MAX_FILE_BYTES);
  });

  it('reports a broken link as unreadable, with the reason', () => {
    symlinkSync(join(dir, 'missing.yaml'), join(dir, 'x.yaml'));
    expect(readSource(join(dir, 'x.yaml'), 'teachers/x.yaml', dir)).toEqual({
      problem: {
        rule: 'file-unreadable',
        severity: 'error',
        file: 'teachers/x.yaml',
        pointer: '',
        params: { reason: 'ENOENT' },
        line: 1,
        column: 1,
      },
    });
  });

  it('reports a folder named like a record as not a regular file', () => {
    mkdirSync(join(dir, 'x.yaml'));
    const source = readSource(join(dir, 'x.yaml'), 'teachers/x.yaml', dir);
    expect('problem' in source && [source.problem.rule, source.problem.params]).toEqual(['file-not-regular', { kind: 'directory' }]);
  });

  it('refuses a link out of the workspace folder, naming where it leads', () => {
    const outside = mkdtempSync(join(tmpdir(), 'mentor-outside-'));
    try {
      writeFileSync(join(outside, 'secret.yaml'), 'token: secret\n');
      mkdirSync(join(dir, 'ws'));
      symlinkSync(join(outside, 'secret.yaml'), join(dir, 'ws', 'x.yaml'));
      const source = readSource(join(dir, 'ws', 'x.yaml'), 'teachers/x.yaml', join(dir, 'ws'));
      expect('problem' in source && source.problem).toMatchObject({ rule: 'file-outside-workspace', line: 1, column: 1 });
      expect(JSON.stringify(source)).not.toContain('token');
    } finally {
      rmSync(outside, { recursive: true, force: true });
    }
  });
});

describe('decodeSource', () => {
  it('names the byte, line and column of the first bad byte', () => {
    const found = decodeSource(bytes('a: 1\nb: 2\nc: ', IVANOVA_CP1251), 'x.yaml');
    expect('problem' in found && found.problem).toMatchObject({ rule: 'file-not-utf8', line: 3, column: 4, params: { byte: 14 } });
  });

  it('counts the column in characters when valid Cyrillic comes before the bad byte', () => {
    // «Мария» pasted from a Windows-1251 file after UTF-8 «Иванова »: editors put it at column 20.
    const maria = [0xcc, 0xe0, 0xf0, 0xe8, 0xff];
    const found = decodeSource(bytes('full_name: Иванова ', maria), 'x.yaml');
    expect('problem' in found && found.problem).toMatchObject({ line: 1, column: 20 });
  });

  it('points at the first bad byte of a surrogate encoded in UTF-8 (CESU-8)', () => {
    const found = decodeSource(bytes('id: x\nemoji: ', [0xed, 0xa0, 0xbd, 0xed, 0xb8, 0x80], '\n'), 'x.yaml');
    expect('problem' in found && found.problem).toMatchObject({ line: 2, column: 8, params: { byte: 14 } });
  });
});

describe('firstInvalidUtf8', () => {
  it('returns the length of valid UTF-8 of every width', () => {
    const text = bytes('a', 'я', '€', '😀');
    expect(firstInvalidUtf8(text)).toBe(text.length);
  });

  it.each([
    ['a two-byte letter cut after its first byte', [0x61, 0xd0], 1],
    ['a three-byte sign cut after two bytes', [0x61, 0xe2, 0x82], 1],
    ['a four-byte emoji cut after three bytes', [0x61, 0xf0, 0x9f, 0x98], 1],
    ['a lead byte followed by ASCII', [0xd0, 0x61], 0],
    ['a continuation byte on its own', [0x61, 0x80], 1],
    ['an overlong two-byte form (0xC0)', [0xc0, 0x80], 0],
    ['a lead byte above U+10FFFF (0xF5)', [0xf5, 0x80, 0x80, 0x80], 0],
    ['an overlong three-byte form (0xE0 0x80)', [0xe0, 0x80, 0x80], 0],
    ['a UTF-16 surrogate (0xED 0xA0)', [0xed, 0xa0, 0x80], 0],
    ['an overlong four-byte form (0xF0 0x80)', [0xf0, 0x80, 0x80, 0x80], 0],
    ['a code point above U+10FFFF (0xF4 0x90)', [0xf4, 0x90, 0x80, 0x80], 0],
  ])('finds %s', (_name, input, offset) => {
    expect(firstInvalidUtf8(Uint8Array.from(input))).toBe(offset);
  });
});
