// Unit tests of finding the workspace root: walk up to mentor.yaml, or take --workspace as given.

import { mkdirSync, mkdtempSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { findWorkspace } from '../../src/load/find-workspace.js';

describe('findWorkspace', () => {
  let tmp: string;
  let root: string;
  beforeEach(() => {
    tmp = realpathSync(mkdtempSync(join(tmpdir(), 'mentor-find-workspace-')));
    root = join(tmp, 'solnyshko');
    mkdirSync(join(root, 'routes', '2025-2026'), { recursive: true });
    writeFileSync(join(root, 'mentor.yaml'), 'organization: {}\n');
  });
  afterEach(() => {
    rmSync(tmp, { recursive: true, force: true });
  });

  it('finds the workspace from its root', () => {
    expect(findWorkspace(root)).toEqual({ root });
  });

  it('walks up from a folder inside the workspace', () => {
    expect(findWorkspace(join(root, 'routes', '2025-2026'))).toEqual({ root });
  });

  it('stops at the nearest mentor.yaml', () => {
    const inner = join(root, 'routes', 'nested');
    mkdirSync(inner);
    writeFileSync(join(inner, 'mentor.yaml'), '');
    expect(findWorkspace(inner)).toEqual({ root: inner });
  });

  it('reports not-found when no folder up to the file system root holds mentor.yaml', () => {
    const outside = join(tmp, 'elsewhere');
    mkdirSync(outside);
    expect(findWorkspace(outside)).toEqual({ error: 'not-found', searched: outside });
  });

  it('takes --workspace relative to the current folder', () => {
    expect(findWorkspace(tmp, 'solnyshko')).toEqual({ root });
  });

  it('does not walk up from --workspace', () => {
    const inside = join(root, 'routes');
    expect(findWorkspace(tmp, inside)).toEqual({ error: 'no-config', searched: inside });
  });

  it('reports no-config for a --workspace folder without mentor.yaml', () => {
    const empty = join(tmp, 'empty');
    mkdirSync(empty);
    expect(findWorkspace(tmp, empty)).toEqual({ error: 'no-config', searched: empty });
  });

  it('reports not-a-folder for a --workspace that is a file', () => {
    expect(findWorkspace(tmp, join(root, 'mentor.yaml'))).toEqual({ error: 'not-a-folder', searched: join(root, 'mentor.yaml') });
  });

  it('reports not-a-folder for a --workspace that does not exist', () => {
    expect(findWorkspace(tmp, 'missing')).toEqual({ error: 'not-a-folder', searched: join(tmp, 'missing') });
  });
});
