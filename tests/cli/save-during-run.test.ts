// CLI tests (in-process): an editor that saves a record while `plan --update` or `--assign` runs —
// between the command reading the file and writing it — keeps that save; the run refuses.

import * as fs from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { main } from '../../src/cli/main.js';
import { tempWorkspace } from './helpers.js';

/** The file an "editor" saves right after mentor has read it as text, and what it appends. */
const hook = vi.hoisted(() => ({ file: '', saved: '' }));

vi.mock('node:fs', async (importOriginal) => {
  const real = await importOriginal<typeof import('node:fs')>();
  const readFileSync = ((path: fs.PathOrFileDescriptor, options?: unknown) => {
    const text = real.readFileSync(path, options as BufferEncoding);
    if (hook.file !== '' && path === hook.file && options === 'utf8') {
      real.appendFileSync(hook.file, hook.saved);
      hook.file = '';
    }
    return text;
  }) as typeof real.readFileSync;
  return { ...real, readFileSync, default: { ...real, readFileSync } };
});

afterEach(() => {
  hook.file = '';
});

async function run(cwd: string, argv: string[]): Promise<{ exitCode: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const exitCode = await main(argv, { cwd, env: { LANG: 'en_US.UTF-8' }, stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), isTTY: false });
  return { exitCode, stdout, stderr };
}

const SAVED = '# сохранено в редакторе, пока работал mentor\n';

describe('a save between the read and the write', () => {
  it('plan --update leaves the saved route as it is and does not say "Updated"', async () => {
    const dir = tempWorkspace();
    const path = join(dir, 'routes', '2025-2026', 'belova-as.yaml');
    const before = fs.readFileSync(path, 'utf8');
    Object.assign(hook, { file: path, saved: SAVED });
    const result = await run(dir, ['plan', '--update', '--teacher', 'belova-as', '--today', '2026-03-20']);
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toBe('routes/2025-2026/belova-as.yaml changed since mentor read it (saved in an editor, or by another mentor run); it was left as it is. Run the command again.\n');
    expect(result.stdout).not.toContain('Updated');
    expect(fs.readFileSync(path, 'utf8')).toBe(before + SAVED);
    expect(fs.readdirSync(join(dir, 'routes', '2025-2026')).filter((f) => f.startsWith('.') || f.endsWith('lock'))).toEqual([]);
  });

  it('plan --assign leaves the saved mentor file as it is and does not say "Added"', async () => {
    const dir = tempWorkspace();
    const path = join(dir, 'mentors', 'fedorova-ls.yaml');
    const before = fs.readFileSync(path, 'utf8');
    Object.assign(hook, { file: path, saved: SAVED });
    const result = await run(dir, ['--lang', 'ru', 'plan', '--assign', 'lebedev-ai=fedorova-ls', '--today', '2026-03-20']);
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toContain('Файл mentors/fedorova-ls.yaml изменился после того, как mentor его прочитал');
    expect(result.stdout).not.toContain('Добавлена пара');
    expect(fs.readFileSync(path, 'utf8')).toBe(before + SAVED);
  });
});
