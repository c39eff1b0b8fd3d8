// Unit tests of listing a workspace's record files: the folder decides the kind; strays are warned of.

import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { classifyPaths, listRecordFiles } from '../../src/load/list-records.js';

describe('listRecordFiles', () => {
  let root: string;
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'mentor-list-records-'));
    writeFileSync(join(root, 'mentor.yaml'), 'organization: {}\n');
  });
  afterEach(() => {
    rmSync(root, { recursive: true, force: true });
  });

  /** Creates empty files (and their folders) under the workspace root. */
  function touch(...paths: string[]): void {
    for (const path of paths) {
      mkdirSync(dirname(join(root, path)), { recursive: true });
      writeFileSync(join(root, path), '');
    }
  }

  const rels = (): string[] => listRecordFiles(root).files.map((f) => f.rel);
  const warnings = (): [string, string, string | number | undefined][] =>
    listRecordFiles(root).problems.map((p) => [p.rule, p.file, p.params['expected']]);

  it('lists mentor.yaml alone when no record folder exists', () => {
    expect(listRecordFiles(root)).toEqual({
      files: [{ path: join(root, 'mentor.yaml'), root, rel: 'mentor.yaml', kind: 'config', stem: 'mentor' }],
      problems: [],
      misplaced: [],
    });
  });

  it('gives each file the kind of its folder, and its stem', () => {
    touch(
      'teachers/ivanova-ma.yaml',
      'mentors/petrova-ov.yaml',
      'diagnostics/2025-2026/ivanova-ma.yaml',
      'routes/2025-2026/ivanova-ma.yaml',
      'catalog/family.yaml',
    );
    expect(listRecordFiles(root).files.map((f) => [f.rel, f.kind, f.stem])).toEqual([
      ['mentor.yaml', 'config', 'mentor'],
      ['teachers/ivanova-ma.yaml', 'teacher', 'ivanova-ma'],
      ['mentors/petrova-ov.yaml', 'mentor', 'petrova-ov'],
      ['diagnostics/2025-2026/ivanova-ma.yaml', 'diagnostics', 'ivanova-ma'],
      ['routes/2025-2026/ivanova-ma.yaml', 'route', 'ivanova-ma'],
      ['catalog/family.yaml', 'catalog', 'family'],
    ]);
  });

  it('gives the absolute path of each file', () => {
    touch('teachers/ivanova-ma.yaml');
    expect(listRecordFiles(root).files[1]?.path).toBe(join(root, 'teachers', 'ivanova-ma.yaml'));
  });

  it('gives files in a year folder that year, and others none', () => {
    touch('teachers/ivanova-ma.yaml', 'diagnostics/2025-2026/ivanova-ma.yaml', 'routes/2024-2025/ivanova-ma.yaml');
    expect(listRecordFiles(root).files.map((f) => [f.rel, f.folderYear])).toEqual([
      ['mentor.yaml', undefined],
      ['teachers/ivanova-ma.yaml', undefined],
      ['diagnostics/2025-2026/ivanova-ma.yaml', '2025-2026'],
      ['routes/2024-2025/ivanova-ma.yaml', '2024-2025'],
    ]);
  });

  it('sorts files by name within a folder and year folders by year, whatever the creation order', () => {
    touch(
      'teachers/zueva-ta.yaml',
      'teachers/ivanova-ma.yaml',
      'teachers/petrova-ov.yaml',
      'diagnostics/2026-2027/ivanova-ma.yaml',
      'diagnostics/2025-2026/petrova-ov.yaml',
      'diagnostics/2025-2026/ivanova-ma.yaml',
    );
    expect(rels()).toEqual([
      'mentor.yaml',
      'teachers/ivanova-ma.yaml',
      'teachers/petrova-ov.yaml',
      'teachers/zueva-ta.yaml',
      'diagnostics/2025-2026/ivanova-ma.yaml',
      'diagnostics/2025-2026/petrova-ov.yaml',
      'diagnostics/2026-2027/ivanova-ma.yaml',
    ]);
  });

  it('warns of files that are not .yaml records and leaves them out', () => {
    touch('teachers/ivanova-ma.yaml', 'teachers/notes.txt', 'teachers/petrova-ov.yml', 'teachers/sidorova-ni.YAML');
    expect(rels()).toEqual(['mentor.yaml', 'teachers/ivanova-ma.yaml']);
    expect(warnings()).toEqual([
      ['unknown-file', 'teachers/notes.txt', 'teachers/<id>.yaml'],
      ['unknown-file', 'teachers/petrova-ov.yml', 'teachers/<id>.yaml'],
      ['unknown-file', 'teachers/sidorova-ni.YAML', 'teachers/<id>.yaml'],
    ]);
  });

  it('warns of a subfolder where records are expected', () => {
    touch('teachers/old/ivanova-ma.yaml');
    expect(rels()).toEqual(['mentor.yaml']);
    expect(warnings()).toEqual([['unknown-file', 'teachers/old', 'teachers/<id>.yaml']]);
  });

  it('makes unknown-file a warning, not an error', () => {
    touch('catalog/readme.md');
    expect(listRecordFiles(root).problems.map((p) => [p.severity, p.pointer])).toEqual([['warning', '']]);
  });

  it('warns of year folders that are not two consecutive years, and of files beside the year folders', () => {
    touch(
      'diagnostics/2025/ivanova-ma.yaml',
      'diagnostics/2025-2027/ivanova-ma.yaml',
      'diagnostics/2025_2026/ivanova-ma.yaml',
      'diagnostics/ivanova-ma.yaml',
      'routes/2025-2026.yaml',
    );
    expect(rels()).toEqual(['mentor.yaml']);
    expect(warnings()).toEqual([
      ['unknown-file', 'diagnostics/2025', 'diagnostics/2025-2026/<id>.yaml'],
      ['unknown-file', 'diagnostics/2025-2027', 'diagnostics/2025-2026/<id>.yaml'],
      ['unknown-file', 'diagnostics/2025_2026', 'diagnostics/2025-2026/<id>.yaml'],
      ['unknown-file', 'routes/2025-2026.yaml', 'routes/2025-2026/<id>.yaml'],
    ]);
    // A record beside the year folders is not a stray: validate names the folder it belongs in.
    expect(listRecordFiles(root).misplaced).toEqual([{ rel: 'diagnostics/ivanova-ma.yaml', folder: 'diagnostics', name: 'ivanova-ma.yaml' }]);
  });

  it('lists the same misplaced records from a revision\'s paths', () => {
    const listing = classifyPaths(['mentor.yaml', 'routes/belova-as.yaml', 'routes/2025-2026.yaml', 'surveys/final.yaml', 'teachers/belova-as.yaml']);
    expect(listing.misplaced).toEqual([
      { rel: 'routes/belova-as.yaml', folder: 'routes', name: 'belova-as.yaml' },
      { rel: 'surveys/final.yaml', folder: 'surveys', name: 'final.yaml' },
    ]);
    expect(listing.problems.map((p) => p.file)).toEqual(['routes/2025-2026.yaml']);
  });

  it('warns of a stray file inside a year folder with the year-folder form', () => {
    touch('routes/2025-2026/ivanova-ma.txt');
    expect(warnings()).toEqual([['unknown-file', 'routes/2025-2026/ivanova-ma.txt', 'routes/2025-2026/<id>.yaml']]);
  });

  it('ignores dotfiles and dot-folders everywhere', () => {
    touch(
      'teachers/.DS_Store',
      'teachers/.ivanova-ma.yaml.swp',
      'teachers/.hidden.yaml',
      'diagnostics/.gitkeep',
      'diagnostics/.cache/x.yaml',
      'routes/2025-2026/.gitkeep',
    );
    expect(listRecordFiles(root)).toEqual({ files: [expect.objectContaining({ rel: 'mentor.yaml' })], problems: [], misplaced: [] });
  });

  it('ignores files and folders outside the record folders', () => {
    touch('README.md', 'templates/route.hbs', 'examples/x.yaml', 'teacher/ivanova-ma.yaml');
    expect(listRecordFiles(root)).toEqual({ files: [expect.objectContaining({ rel: 'mentor.yaml' })], problems: [], misplaced: [] });
  });

  it('lists a link named like a record, even a broken one, so that reading it reports the problem', () => {
    mkdirSync(join(root, 'teachers'));
    symlinkSync(join(root, 'nowhere.yaml'), join(root, 'teachers', 'ivanova-ma.yaml'));
    expect(rels()).toEqual(['mentor.yaml', 'teachers/ivanova-ma.yaml']);
  });
});
