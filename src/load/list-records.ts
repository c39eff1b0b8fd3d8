// Load stage: list the record files of a workspace by folder; the folder decides the record kind.

import { readdirSync, type Dirent } from 'node:fs';
import { join } from 'node:path';
import type { RecordKind } from '../model/types.js';
import { fileProblem, type Problem } from '../model/problem.js';
import { CONFIG_FILE } from './find-workspace.js';

export interface RecordFile {
  /** Absolute path. */
  path: string;
  /**
   * The workspace folder, which the file (links resolved) must not lead out of; absent for the
   * files of a git revision, which are never read from the disk.
   */
  root?: string;
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
  // v1.1: events/<year>.yaml (one file per academic year), surveys/<year>/<id>.yaml, questionnaires/<id>.yaml.
  { folder: 'events', kind: 'events', byYear: false },
  { folder: 'surveys', kind: 'survey', byYear: true },
  { folder: 'questionnaires', kind: 'questionnaire', byYear: false },
];

const YEAR_FOLDER = /^(\d{4})-(\d{4})$/;

/** The kind of record a workspace path holds, by its folder (`mentor.yaml` is the config). */
export function recordKindOf(rel: string): RecordKind | undefined {
  if (rel === 'mentor.yaml') return 'config';
  const folder = rel.split('/')[0];
  return FOLDERS.find((spec) => spec.folder === folder)?.kind;
}

/** The year folder a stray file's advice shows; validate puts the current academic year's in its place. */
export const EXAMPLE_YEAR_FOLDER = '2025-2026';

/** A `.yaml` file right in a folder of year folders (`diagnostics/belova-as.yaml`): a record out of place. */
export interface MisplacedRecord {
  /** Relative to the workspace root, forward slashes. */
  rel: string;
  /** The folder of year folders it lies in: `diagnostics`, `routes`, `surveys`. */
  folder: string;
  /** The file name, `belova-as.yaml`. */
  name: string;
}

export interface Listing {
  files: RecordFile[];
  problems: Problem[];
  /** Records outside their year folder; validate names the folder each belongs in (an error). */
  misplaced: MisplacedRecord[];
}

/** Lists record files in a stable order (folder, then name), with warnings for strays. */
export function listRecordFiles(root: string): Listing {
  const files: RecordFile[] = [{ path: join(root, CONFIG_FILE), root, rel: CONFIG_FILE, kind: 'config', stem: 'mentor' }];
  const problems: Problem[] = [];
  const misplaced: MisplacedRecord[] = [];
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
      if ((entry.isFile() || entry.isSymbolicLink()) && isMisplacedName(entry.name)) {
        misplaced.push({ rel, folder: spec.folder, name: entry.name });
        continue;
      }
      if (!entry.isDirectory() || !isYearFolder(entry.name)) {
        problems.push(strayFile(rel, `${spec.folder}/${EXAMPLE_YEAR_FOLDER}/<id>.yaml`));
        continue;
      }
      const inner = readFolder(join(root, rel)) ?? [];
      collect(root, spec, rel, inner, entry.name, files, problems);
    }
  }
  return { files, problems, misplaced };
}

/** A record's file name (`belova-as.yaml`), not a year's (`2025-2026.yaml`, a folder written as a file). */
function isMisplacedName(name: string): boolean {
  return name.endsWith('.yaml') && !isYearFolder(name.slice(0, -5));
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
    // A link is listed: reading it refuses one that leads out of the workspace or is broken.
    if ((entry.isFile() || entry.isSymbolicLink()) && entry.name.endsWith('.yaml')) {
      const file: RecordFile = { path: join(root, rel), root, rel, kind: spec.kind, stem: entry.name.slice(0, -5) };
      if (folderYear !== undefined) file.folderYear = folderYear;
      files.push(file);
    } else {
      const expected = spec.byYear ? `${spec.folder}/${EXAMPLE_YEAR_FOLDER}/<id>.yaml` : `${spec.folder}/<id>.yaml`;
      problems.push(strayFile(rel, expected));
    }
  }
}

/** A warning about a file or folder that is not a record; it is never opened. */
function strayFile(rel: string, expected: string): Problem {
  return fileProblem('unknown-file', rel, { expected }, 'warning');
}

function readFolder(dir: string): Dirent[] | undefined {
  try {
    return readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  } catch {
    return undefined;
  }
}

/**
 * The same listing from a list of workspace-relative file paths (a git revision's tree): what
 * is a record by its folder, and a warning for each stray file or folder.
 */
export function classifyPaths(paths: readonly string[]): Listing {
  const files: RecordFile[] = [];
  const problems: Problem[] = [];
  const misplaced: MisplacedRecord[] = [];
  const strayFolders = new Set<string>();
  const sorted = [...paths].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  if (sorted.includes(CONFIG_FILE)) files.push({ path: CONFIG_FILE, rel: CONFIG_FILE, kind: 'config', stem: 'mentor' });
  for (const spec of FOLDERS) {
    for (const rel of sorted.filter((p) => p.startsWith(`${spec.folder}/`))) {
      const parts = rel.split('/');
      if (parts.some((part) => part.startsWith('.'))) continue;
      const name = parts[parts.length - 1]!;
      const yearFolder = parts[1]!;
      const expected = spec.byYear ? `${spec.folder}/${EXAMPLE_YEAR_FOLDER}/<id>.yaml` : `${spec.folder}/<id>.yaml`;
      const depth = spec.byYear ? 3 : 2;
      if (spec.byYear && parts.length >= 3 && !isYearFolder(yearFolder)) {
        const folder = `${spec.folder}/${yearFolder}`;
        if (!strayFolders.has(folder)) problems.push(strayFile(folder, expected));
        strayFolders.add(folder);
        continue;
      }
      if (spec.byYear && parts.length === 2 && isMisplacedName(name)) {
        misplaced.push({ rel, folder: spec.folder, name });
        continue;
      }
      if (parts.length !== depth || !name.endsWith('.yaml')) {
        problems.push(strayFile(rel, expected));
        continue;
      }
      const file: RecordFile = { path: rel, rel, kind: spec.kind, stem: name.slice(0, -5) };
      if (spec.byYear) file.folderYear = yearFolder;
      files.push(file);
    }
  }
  return { files, problems, misplaced };
}

function isYearFolder(name: string): boolean {
  const match = YEAR_FOLDER.exec(name);
  return match !== null && Number(match[2]) === Number(match[1]) + 1;
}
