// Unit tests of the bounded reader: links out of the folder, special files, the byte cap.

import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { isInside, readFileWithin } from '../../src/load/read-within.js';

const onLinux = process.platform === 'linux';

describe('readFileWithin', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'mentor-read-within-'));
    mkdirSync(join(dir, 'ws', 'teachers'), { recursive: true });
  });
  afterEach(() => {
    rmSync(dir, { recursive: true, force: true });
  });
  const ws = (): string => join(dir, 'ws');

  it('reads a regular file, also through a link that stays inside', () => {
    writeFileSync(join(ws(), 'a.yaml'), 'id: a\n');
    symlinkSync('../a.yaml', join(ws(), 'teachers', 'a.yaml'));
    expect(readFileWithin(join(ws(), 'teachers', 'a.yaml'), ws(), 100)).toEqual({ bytes: Buffer.from('id: a\n') });
  });

  it('refuses a link that leads out, and a folder link that does', () => {
    writeFileSync(join(dir, 'secret.yaml'), 'secret\n');
    symlinkSync(join(dir, 'secret.yaml'), join(ws(), 'teachers', 'x.yaml'));
    symlinkSync(dir, join(ws(), 'routes'));
    for (const path of [join(ws(), 'teachers', 'x.yaml'), join(ws(), 'routes', 'secret.yaml')]) {
      expect(readFileWithin(path, ws(), 100)).toEqual({ refusal: { rule: 'file-outside-workspace', params: { target: join(dir, 'secret.yaml') } } });
    }
  });

  it('a folder whose name only starts like the root is outside it', () => {
    expect(isInside('/work/ws-other/a.yaml', '/work/ws')).toBe(false);
    expect(isInside('/work/ws/a.yaml', '/work/ws')).toBe(true);
    expect(isInside('/work/ws/..a.yaml', '/work/ws')).toBe(true);
  });

  it.runIf(onLinux)('refuses a FIFO at once', () => {
    execFileSync('mkfifo', [join(ws(), 'pipe.yaml')]);
    expect(readFileWithin(join(ws(), 'pipe.yaml'), ws(), 100)).toEqual({ refusal: { rule: 'file-not-regular', params: { kind: 'fifo' } } });
  });

  it.runIf(onLinux)('refuses a device even when the root lets it in', () => {
    expect(readFileWithin('/dev/zero', '/', 100)).toEqual({ refusal: { rule: 'file-not-regular', params: { kind: 'device' } } });
  });

  it.runIf(onLinux)('reads no more than the limit and one byte from a file that reports size 0', () => {
    const read = readFileWithin('/proc/self/maps', '/', 100);
    expect(read).toMatchObject({ refusal: { rule: 'file-too-large' } });
  });
});
