// CLI: writing files safely — a new file appears whole or not at all and never replaces another;
// a replaced file is either the old one or the new one, and no temporary file is left behind.

import * as fs from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LOCK_SUFFIX, STALE_LOCK_MS } from '../../src/cli/file-lock.js';
import { STALE_TEMP_MS } from '../../src/cli/stale-temps.js';
import { createFileAtomic, FileExistsError, replaceFileAtomic, type WriteFs } from '../../src/cli/write-file.js';
import { WriteRefused } from '../../src/cli/write-refused.js';
import { tempWorkspace } from './helpers.js';

const TEXT = 'teacher: zaytseva-ok\nmentor: fedorova-ls\nyear: "2025/2026"\n';
const OLD = 'teacher: ivanova-ma\n# комментарий методиста\n';

const realFs: WriteFs = {
  lstatSync: fs.lstatSync,
  mkdirSync: fs.mkdirSync,
  openSync: fs.openSync,
  writeSync: fs.writeSync,
  closeSync: fs.closeSync,
  writeFileSync: fs.writeFileSync,
  readFileSync: fs.readFileSync,
  readdirSync: fs.readdirSync,
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
      openSync: ((file, flags, mode) => {
        written.push(String(file));
        return fs.openSync(file, flags, mode);
      }) as typeof fs.openSync,
    };
    createFileAtomic(path, TEXT, { fs: spy });
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
    expect(() => createFileAtomic(path, TEXT, { fs: halfWrite })).toThrow(/ENOSPC/);
    expect(fs.existsSync(path)).toBe(false);
    expect(fs.readdirSync(dirname(path))).toEqual([]);
  });

  it('leaves no target and no temporary file when the link fails', () => {
    const { path } = target();
    expect(() => createFileAtomic(path, TEXT, { fs: linkFails })).toThrow(/EIO/);
    expect(fs.existsSync(path)).toBe(false);
    expect(fs.readdirSync(dirname(path))).toEqual([]);
  });

  it('lets the cause of a failed link through, not as FileExistsError', () => {
    const { path } = target();
    let error: unknown;
    try {
      createFileAtomic(path, TEXT, { fs: linkFails });
    } catch (caught) {
      error = caught;
    }
    expect(error).not.toBeInstanceOf(FileExistsError);
    expect(error).toMatchObject({ code: 'EIO' });
  });

  it('copies the finished file where hard links are not supported, still never over another', () => {
    const { path } = target();
    createFileAtomic(path, TEXT, { fs: noHardLinks });
    expect(fs.readFileSync(path, 'utf8')).toBe(TEXT);
    expect(fs.readdirSync(dirname(path))).toEqual([path.split('/').pop()]);
    expect(() => createFileAtomic(path, 'other', { fs: noHardLinks })).toThrow(FileExistsError);
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
    expect(() => replaceFileAtomic(path, TEXT, { fs: halfWrite })).toThrow(/ENOSPC/);
    expect(fs.readFileSync(path, 'utf8')).toBe(OLD);
    expect(fs.readdirSync(dirname(path))).toEqual(['zaytseva-ok.yaml']);
  });

  it('leaves the old file intact and no temporary file when the rename fails', () => {
    const path = existing();
    expect(() => replaceFileAtomic(path, TEXT, { fs: renameFails })).toThrow(/EXDEV/);
    expect(fs.readFileSync(path, 'utf8')).toBe(OLD);
    expect(fs.readdirSync(dirname(path))).toEqual(['zaytseva-ok.yaml']);
  });
});

/** What a call threw, for a closer look than toThrow gives. */
function thrown(call: () => void): unknown {
  try {
    call();
  } catch (error) {
    return error;
  }
  return undefined;
}

/** A file outside the test's workspace, that a link may point at. */
function victim(): string {
  const file = join(tempWorkspace(null), 'victim.txt');
  fs.writeFileSync(file, OLD);
  return file;
}

describe('no write goes through a symbolic link', () => {
  it('replaceFileAtomic refuses a link where the file should be, and leaves what it points at', () => {
    const { dir } = target();
    const file = victim();
    const path = join(dir, 'report.html');
    fs.symlinkSync(file, path);
    expect(thrown(() => replaceFileAtomic(path, TEXT, { base: dir }))).toMatchObject({ name: 'WriteRefused', kind: 'link', at: path });
    expect(fs.readFileSync(file, 'utf8')).toBe(OLD);
    expect(fs.lstatSync(path).isSymbolicLink()).toBe(true);
    expect(fs.readdirSync(dir)).toEqual(['report.html']);
  });

  it('createFileAtomic refuses a link (even a dangling one) as a link, not as an existing file', () => {
    const { dir } = target();
    const path = join(dir, 'new.yaml');
    fs.symlinkSync(join(dir, 'nowhere.yaml'), path);
    const error = thrown(() => createFileAtomic(path, TEXT, { base: dir }));
    expect(error).toBeInstanceOf(WriteRefused);
    expect(error).toMatchObject({ kind: 'link' });
    expect(fs.existsSync(join(dir, 'nowhere.yaml'))).toBe(false);
  });

  it('refuses a folder on the way that is a link, without creating anything through it', () => {
    const { dir } = target();
    const away = tempWorkspace(null);
    fs.symlinkSync(away, join(dir, 'out'));
    const path = join(dir, 'out', 'deep', 'route.html');
    expect(thrown(() => replaceFileAtomic(path, TEXT, { base: dir }))).toMatchObject({ kind: 'link', at: join(dir, 'out') });
    expect(fs.readdirSync(away)).toEqual([]);
  });

  it('refuses a file where a folder should be', () => {
    const { dir } = target();
    fs.writeFileSync(join(dir, 'out'), OLD);
    expect(thrown(() => replaceFileAtomic(join(dir, 'out', 'r.html'), TEXT, { base: dir }))).toMatchObject({ kind: 'not-folder', at: join(dir, 'out') });
    expect(fs.readFileSync(join(dir, 'out'), 'utf8')).toBe(OLD);
  });

  it('creates the missing folders below the base one by one', () => {
    const { dir } = target();
    const path = join(dir, 'out', 'a', 'b', 'r.html');
    replaceFileAtomic(path, TEXT, { base: dir });
    expect(fs.readFileSync(path, 'utf8')).toBe(TEXT);
  });
});

describe('replaceFileAtomic with the text it was made from', () => {
  function existing(): string {
    const { path } = target();
    fs.mkdirSync(dirname(path), { recursive: true });
    fs.writeFileSync(path, OLD);
    return path;
  }

  it('replaces the file that still holds that text, and removes its lock', () => {
    const path = existing();
    replaceFileAtomic(path, TEXT, { expected: OLD });
    expect(fs.readFileSync(path, 'utf8')).toBe(TEXT);
    expect(fs.readdirSync(dirname(path))).toEqual(['zaytseva-ok.yaml']);
  });

  it('refuses a file changed since it was read (an editor saved it), keeping the newer save', () => {
    const path = existing();
    fs.writeFileSync(path, `${OLD}# saved in the editor\n`);
    expect(thrown(() => replaceFileAtomic(path, TEXT, { expected: OLD }))).toMatchObject({ name: 'WriteRefused', kind: 'changed' });
    expect(fs.readFileSync(path, 'utf8')).toBe(`${OLD}# saved in the editor\n`);
    expect(fs.readdirSync(dirname(path))).toEqual(['zaytseva-ok.yaml']);
  });

  it('refuses a change made between the read and the rename (while the new text is written)', () => {
    const path = existing();
    const editorSaves: WriteFs = {
      ...realFs,
      writeFileSync: ((file, data, options) => {
        fs.writeFileSync(file, data, options);
        if (typeof file === 'number') fs.writeFileSync(path, 'teacher: ivanova-ma\n# saved meanwhile\n');
      }) as typeof fs.writeFileSync,
    };
    expect(thrown(() => replaceFileAtomic(path, TEXT, { expected: OLD, fs: editorSaves }))).toMatchObject({ kind: 'changed' });
    expect(fs.readFileSync(path, 'utf8')).toBe('teacher: ivanova-ma\n# saved meanwhile\n');
    expect(fs.readdirSync(dirname(path))).toEqual(['zaytseva-ok.yaml']);
  });

  it('refuses a file deleted since it was read', () => {
    const path = existing();
    fs.rmSync(path);
    expect(thrown(() => replaceFileAtomic(path, TEXT, { expected: OLD }))).toMatchObject({ kind: 'changed' });
    expect(fs.existsSync(path)).toBe(false);
  });

  it('waits for, then refuses, a file another run holds locked; the lock stays theirs', () => {
    const path = existing();
    fs.writeFileSync(`${path}${LOCK_SUFFIX}`, '12345\n');
    expect(thrown(() => replaceFileAtomic(path, TEXT, { expected: OLD }))).toMatchObject({ kind: 'locked', at: `${path}${LOCK_SUFFIX}` });
    expect(fs.readFileSync(path, 'utf8')).toBe(OLD);
    expect(fs.existsSync(`${path}${LOCK_SUFFIX}`)).toBe(true);
  });

  it('takes over a stale lock that a killed run left', () => {
    const path = existing();
    const lock = `${path}${LOCK_SUFFIX}`;
    fs.writeFileSync(lock, '12345\n');
    const old = new Date(Date.now() - STALE_LOCK_MS - 60_000);
    fs.utimesSync(lock, old, old);
    replaceFileAtomic(path, TEXT, { expected: OLD });
    expect(fs.readFileSync(path, 'utf8')).toBe(TEXT);
    expect(fs.existsSync(lock)).toBe(false);
  });
});

describe('temporary files a killed run left', () => {
  it('are removed from the folder on the next write when stale; fresh ones and other files stay', () => {
    const { dir } = target();
    const stale = join(dir, '.report.html.4242.1700000000000.tmp');
    const fresh = join(dir, `.report.html.4243.${Date.now()}.tmp`);
    const other = join(dir, '.notes.tmp');
    for (const file of [stale, fresh, other]) fs.writeFileSync(file, 'half');
    const old = new Date(Date.now() - STALE_TEMP_MS - 60_000);
    fs.utimesSync(stale, old, old);
    fs.utimesSync(other, old, old);
    replaceFileAtomic(join(dir, 'report.html'), TEXT, { base: dir });
    expect(fs.readdirSync(dir).sort()).toEqual([fresh, other, join(dir, 'report.html')].map((f) => f.split('/').pop()).sort());
  });
});
