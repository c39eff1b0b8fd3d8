// CLI: writing files safely — a new file appears whole or not at all and never replaces another;
// a replaced file is either the old one or the new one, and no temporary file is left behind.

import * as fs from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createFileAtomic, FileExistsError, replaceFileAtomic, type WriteFs } from '../../src/cli/write-file.js';
import { tempWorkspace } from './helpers.js';

const TEXT = 'teacher: zaytseva-ok\nmentor: fedorova-ls\nyear: "2025/2026"\n';
const OLD = 'teacher: ivanova-ma\n# комментарий методиста\n';

const realFs: WriteFs = {
  mkdirSync: fs.mkdirSync,
  writeFileSync: fs.writeFileSync,
  linkSync: fs.linkSync,
  copyFileSync: fs.copyFileSync,
  renameSync: fs.renameSync,
  rmSync: fs.rmSync,
};

function diskFull(): Error {
  return Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
}

/** A file system whose writeFileSync writes the first 10 characters, then fails. */
const halfWrite: WriteFs = {
  ...realFs,
  writeFileSync: ((file, data, options) => {
    fs.writeFileSync(file, String(data).slice(0, 10), options);
    throw diskFull();
  }) as typeof fs.writeFileSync,
};

const linkFails: WriteFs = {
  ...realFs,
  linkSync: (() => {
    throw Object.assign(new Error('EIO: i/o error, link'), { code: 'EIO' });
  }) as typeof fs.linkSync,
};

/** A file system without hard links (FAT, exFAT, some network shares). */
const noHardLinks: WriteFs = {
  ...realFs,
  linkSync: (() => {
    throw Object.assign(new Error('EPERM: operation not permitted, link'), { code: 'EPERM' });
  }) as typeof fs.linkSync,
};

const renameFails: WriteFs = {
  ...realFs,
  renameSync: (() => {
    throw Object.assign(new Error('EXDEV: cross-device link not permitted, rename'), { code: 'EXDEV' });
  }) as typeof fs.renameSync,
};

/** An empty folder for one test, and the path of a route file inside it. */
function target(): { dir: string; path: string } {
  const dir = tempWorkspace(null);
  return { dir, path: join(dir, 'routes', '2025-2026', 'zaytseva-ok.yaml') };
}

describe('createFileAtomic', () => {
  it('creates the file with the text, and its folder', () => {
    const { path } = target();
    createFileAtomic(path, TEXT);
    expect(fs.readFileSync(path, 'utf8')).toBe(TEXT);
  });

  it('leaves nothing but the file in the folder', () => {
    const { path } = target();
    createFileAtomic(path, TEXT);
    expect(fs.readdirSync(dirname(path))).toEqual(['zaytseva-ok.yaml']);
  });

  it('writes the temporary file beside the target, in the same folder', () => {
    const { path } = target();
    const written: string[] = [];
    const spy: WriteFs = {
      ...realFs,
      writeFileSync: ((file, data, options) => {
        written.push(String(file));
        fs.writeFileSync(file, data, options);
      }) as typeof fs.writeFileSync,
    };
    createFileAtomic(path, TEXT, spy);
    expect(written).toHaveLength(1);
    expect(dirname(written[0]!)).toBe(dirname(path));
    expect(written[0]).not.toBe(path);
  });

  it('refuses an existing file with FileExistsError', () => {
    const { path } = target();
    fs.mkdirSync(dirname(path), { recursive: true });
    fs.writeFileSync(path, OLD);
    expect(() => createFileAtomic(path, TEXT)).toThrow(FileExistsError);
    expect(() => createFileAtomic(path, TEXT)).toThrow(expect.objectContaining({ path }) as Error);
  });

  it('leaves an existing file byte for byte as it was, and no temporary file', () => {
    const { path } = target();
    fs.mkdirSync(dirname(path), { recursive: true });
    fs.writeFileSync(path, OLD);
    const before = fs.readFileSync(path);
    expect(() => createFileAtomic(path, TEXT)).toThrow();
    expect(fs.readFileSync(path).equals(before)).toBe(true);
    expect(fs.readdirSync(dirname(path))).toEqual(['zaytseva-ok.yaml']);
  });

  it('leaves no target and no temporary file when the write fails halfway', () => {
    const { path } = target();
    expect(() => createFileAtomic(path, TEXT, halfWrite)).toThrow(/ENOSPC/);
    expect(fs.existsSync(path)).toBe(false);
    expect(fs.readdirSync(dirname(path))).toEqual([]);
  });

  it('leaves no target and no temporary file when the link fails', () => {
    const { path } = target();
    expect(() => createFileAtomic(path, TEXT, linkFails)).toThrow(/EIO/);
    expect(fs.existsSync(path)).toBe(false);
    expect(fs.readdirSync(dirname(path))).toEqual([]);
  });

  it('lets the cause of a failed link through, not as FileExistsError', () => {
    const { path } = target();
    let error: unknown;
    try {
      createFileAtomic(path, TEXT, linkFails);
    } catch (caught) {
      error = caught;
    }
    expect(error).not.toBeInstanceOf(FileExistsError);
    expect(error).toMatchObject({ code: 'EIO' });
  });

  it('copies the finished file where hard links are not supported, still never over another', () => {
    const { path } = target();
    createFileAtomic(path, TEXT, noHardLinks);
    expect(fs.readFileSync(path, 'utf8')).toBe(TEXT);
    expect(fs.readdirSync(dirname(path))).toEqual([path.split('/').pop()]);
    expect(() => createFileAtomic(path, 'other', noHardLinks)).toThrow(FileExistsError);
    expect(fs.readFileSync(path, 'utf8')).toBe(TEXT);
  });
});

describe('replaceFileAtomic', () => {
  function existing(): string {
    const { path } = target();
    fs.mkdirSync(dirname(path), { recursive: true });
    fs.writeFileSync(path, OLD);
    return path;
  }

  it('replaces the file with the new text', () => {
    const path = existing();
    replaceFileAtomic(path, TEXT);
    expect(fs.readFileSync(path, 'utf8')).toBe(TEXT);
    expect(fs.readdirSync(dirname(path))).toEqual(['zaytseva-ok.yaml']);
  });

  it('leaves the old file intact and no temporary file when the write fails halfway', () => {
    const path = existing();
    expect(() => replaceFileAtomic(path, TEXT, halfWrite)).toThrow(/ENOSPC/);
    expect(fs.readFileSync(path, 'utf8')).toBe(OLD);
    expect(fs.readdirSync(dirname(path))).toEqual(['zaytseva-ok.yaml']);
  });

  it('leaves the old file intact and no temporary file when the rename fails', () => {
    const path = existing();
    expect(() => replaceFileAtomic(path, TEXT, renameFails)).toThrow(/EXDEV/);
    expect(fs.readFileSync(path, 'utf8')).toBe(OLD);
    expect(fs.readdirSync(dirname(path))).toEqual(['zaytseva-ok.yaml']);
  });
});
