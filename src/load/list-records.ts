// Load stage: list the record files of a workspace by folder; the folder decides the record kind.

import { readdirSync, type Dirent } from 'node:fs';
import { join } from 'node:path';
import type { RecordKind } from '../model/types.js';
import { fileProblem, type Problem } from '../validate/problem.js';
import { CONFIG_FILE } from './find-workspace.js';

export interface RecordFile {
  /** Absolute path. */
  path: string;
  /** Relative to the workspace root, forward slashes. */
  rel: string;
  kind: RecordKind;
  stem: string;
  folderYear?: string;
}

interface FolderSpec {
  folder: string;
  kind: RecordKind;
  /** diagnostics/ and routes/ hold one subfolder per academic year. */
  byYear: boolean;
}

const FOLDERS: readonly FolderSpec[] = [
  { folder: 'teachers', kind: 'teacher', byYear: false },
  { folder: 'mentors', kind: 'mentor', byYear: false },
  { folder: 'diagnostics', kind: 'diagnostics', byYear: true },
  { folder: 'routes', kind: 'route', byYear: true },
  { folder: 'catalog', kind: 'catalog', byYear: false },
];

const YEAR_FOLDER = /^(\d{4})-(\d{4})$/;

export interface Listing {
  files: RecordFile[];
  problems: Problem[];
}

/** Lists record files in a stable order (folder, then name), with warnings for strays. */
export function listRecordFiles(root: string): Listing {
  const files: RecordFile[] = [{ path: join(root, CONFIG_FILE), rel: CONFIG_FILE, kind: 'config', stem: 'mentor' }];
  const problems: Problem[] = [];
  for (const spec of FOLDERS) {
    const entries = readFolder(join(root, spec.folder));
    if (entries === undefined) continue;
    if (!spec.byYear) {
      collect(root, spec, spec.folder, entries, undefined, files, problems);
      continue;
    }
    for (const entry of entries) {
      const rel = `${spec.folder}/${entry.name}`;
      if (entry.name.startsWith('.')) continue;
      const match = YEAR_FOLDER.exec(entry.name);
      if (!entry.isDirectory() || match === null || Number(match[2]) !== Number(match[1]) + 1) {
        problems.push(strayFile(rel, `${spec.folder}/2025-2026/<id>.yaml`));
        continue;
      }
      const inner = readFolder(join(root, rel)) ?? [];
      collect(root, spec, rel, inner, entry.name, files, problems);
    }
  }
  return { files, problems };
}

function collect(
  root: string,
  spec: FolderSpec,
  relDir: string,
  entries: Dirent[],
  folderYear: string | undefined,
  files: RecordFile[],
  problems: Problem[],
): void {
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const rel = `${relDir}/${entry.name}`;
    // A link is followed: a broken one is reported as unreadable, not skipped.
    if ((entry.isFile() || entry.isSymbolicLink()) && entry.name.endsWith('.yaml')) {
      const file: RecordFile = { path: join(root, rel), rel, kind: spec.kind, stem: entry.name.slice(0, -5) };
      if (folderYear !== undefined) file.folderYear = folderYear;
      files.push(file);
    } else {
      const expected = spec.byYear ? `${spec.folder}/2025-2026/<id>.yaml` : `${spec.folder}/<id>.yaml`;
      problems.push(strayFile(rel, expected));
    }
  }
}

/** A warning about a file or folder that is not a record; it is never opened. */
function strayFile(rel: string, expected: string): Problem {
  return { ...fileProblem('unknown-file', rel, { expected }), severity: 'warning' };
}

function readFolder(dir: string): Dirent[] | undefined {
  try {
    return readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  } catch {
    return undefined;
  }
}
