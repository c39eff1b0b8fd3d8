// Validate stage: the whole check of a workspace — files, schema, rules — with every problem located.

import { join } from 'node:path';
import { readAtRevision, listAtRevision, type RevisionSource } from '../load/git-workspace.js';
import { classifyPaths, listRecordFiles, type RecordFile } from '../load/list-records.js';
import { loadYamlParse, type YamlParse } from '../load/parse-record.js';
import { decodeSource, MAX_FILE_BYTES, readSource } from '../load/read-source.js';
import type { Locator } from '../load/locate.js';
import type { PositionTree } from '../load/position-tree.js';
import { buildWorkspace, type RecordInput } from '../model/build-workspace.js';
import type { Workspace } from '../model/workspace.js';
import { checkText, type FileResult } from './check-file.js';
import { checkFiles } from './check-files.js';
import { limitProblems } from './limit-problems.js';
import { fileProblem, type Problem } from '../model/problem.js';
import { refineProblems } from './refine-problems.js';
import { RULES, runRule } from './rules/index.js';
import { misplacedRecordProblems } from './misplaced-records.js';
import { academicYearOf, yearFolderName } from '../model/dates.js';
import { EXAMPLE_YEAR_FOLDER } from '../load/list-records.js';

export interface ValidateOptions {
  /** `YYYY-MM-DD`: the day that "in the future" is measured from. */
  today: string;
  /** Read the workspace as it was at this revision instead of from the disk. */
  revision?: RevisionSource;
}

export interface ValidationResult {
  workspace: Workspace;
  problems: Problem[];
  /** The text of every file that has a located problem, for excerpts. */
  sources: Map<string, string>;
  fileCount: number;
  /** The record files checked (workspace-relative), in listing order. */
  files: string[];
  /** What each listed file gave the workspace, in listing order (edits are checked against it). */
  records: { file: RecordFile; record: RecordInput }[];
}

export async function validateWorkspace(root: string, options: ValidateOptions): Promise<ValidationResult> {
  const revision = options.revision;
  const listing = revision ? classifyPaths(listAtRevision(revision)) : listRecordFiles(root);
  if (revision && !listing.files.some((f) => f.kind === 'config')) throw new NoWorkspaceAtRevision(revision);
  const blobs = revision
    ? readAtRevision(revision, [...listing.files.map((f) => f.rel), ...listing.misplaced.map((m) => m.rel)])
    : undefined;
  const results = blobs ? await checkBlobs(listing.files, blobs) : await checkFiles(listing.files);
  const problems: Problem[] = listing.problems.map((found) => withCurrentYearFolder(found, options.today));
  const records: RecordInput[] = [];
  const positions = new Map<string, PositionTree>();
  results.forEach((result, i) => {
    if (result.positions) positions.set(listing.files[i]!.rel, result.positions);
    // Not push(...): a file may have hundreds of thousands of problems, past the limit of arguments.
    for (const found of result.problems) problems.push(found);
    // A file that could not be parsed still names a record: its id must not become "unknown".
    const file = listing.files[i]!;
    records.push(result.record ?? { file: file.rel, kind: file.kind, stem: file.stem, value: undefined, valid: false });
  });
  const workspace = buildWorkspace(records);
  for (const found of checkRules(workspace, options.today)) problems.push(found);
  const readText = blobs
    ? (rel: string) => blobs.get(rel)?.toString('utf8').replace(/^\uFEFF/, '')
    : (rel: string) => readDiskText(root, rel);
  for (const found of misplacedRecordProblems(listing.misplaced, readText, options.today)) problems.push(found);
  const shown = limitProblems(problems);
  const sources = await locateProblems(shown, readText, positions);
  const refined = shown.length > 0 ? await refineProblems(shown, sources) : shown;
  const files = listing.files.map((file) => file.rel);
  const inputs = listing.files.map((file, i) => ({ file, record: records[i]! }));
  return { workspace, problems: sortProblems(refined), sources, fileCount: files.length, files, records: inputs };
}

export function checkRules(workspace: Workspace, today: string): Problem[] {
  return RULES.flatMap((rule) => runRule(rule, workspace, { today }));
}

/** Problems about files whose text cannot or need not be shown (a stray file may be anything). */
const UNREADABLE = new Set(['file-too-large', 'file-unreadable', 'file-not-utf8', 'file-outside-workspace', 'file-not-regular', 'unknown-file']);

/**
 * Positions are computed only now, and only for files that have problems: parsing with source
 * positions for every file would double the cost of a clean run.
 */
export async function locateProblems(
  problems: Problem[],
  readText: (rel: string) => string | undefined,
  known: ReadonlyMap<string, PositionTree> = new Map(),
): Promise<Map<string, string>> {
  const sources = new Map<string, string>();
  if (problems.length === 0) return sources;
  const [{ Locator }, { PositionTree }] = await Promise.all([import('../load/locate.js'), import('../load/position-tree.js')]);
  // js-yaml's positions when it reads the file (fast); `yaml`'s for the rest.
  const safeLocator = (text: string): Pick<Locator, 'locate'> | null => {
    try {
      return PositionTree.build(text) ?? new Locator(text);
    } catch {
      return null;
    }
  };
  const locators = new Map<string, Pick<Locator, 'locate'> | null>();
  for (const found of problems) {
    if (UNREADABLE.has(found.rule)) continue;
    let text = sources.get(found.file);
    if (text === undefined) {
      text = readText(found.file);
      if (text === undefined) continue;
      sources.set(found.file, text);
    }
    if (found.line !== undefined) continue;
    let locator = locators.get(found.file);
    if (locator === undefined) {
      locator = known.get(found.file) ?? safeLocator(text);
      locators.set(found.file, locator);
    }
    const at = locator?.locate(found.pointer, found.atKey) ?? { line: 1, column: 1 };
    found.line = at.line;
    found.column = at.column;
  }
  return sources;
}

/** A file's text for excerpts, read as carefully as for the check: it may have changed since. */
function readDiskText(root: string, rel: string): string | undefined {
  const source = readSource(join(root, rel), rel, root);
  return 'text' in source ? source.text : undefined;
}

/** A revision where the workspace folder holds no mentor.yaml. */
export class NoWorkspaceAtRevision extends Error {
  override readonly name = 'NoWorkspaceAtRevision';
  constructor(readonly revision: RevisionSource) {
    super(`no mentor.yaml in ${revision.prefix || '.'} at ${revision.commit.slice(0, 7)}`);
  }
}

/** The per-file check for texts read from a revision (the same stages as from the disk). */
async function checkBlobs(files: readonly RecordFile[], blobs: ReadonlyMap<string, Buffer>): Promise<FileResult[]> {
  let withYaml: YamlParse | undefined;
  const results: FileResult[] = [];
  for (const file of files) {
    const bytes = blobs.get(file.rel);
    if (bytes === undefined) {
      results.push({ problems: [fileProblem('file-unreadable', file.rel, { reason: 'missing' })] });
      continue;
    }
    if (bytes.length > MAX_FILE_BYTES) {
      results.push({ problems: [fileProblem('file-too-large', file.rel, { size: (bytes.length / 1048576).toFixed(1), limit: 5 })] });
      continue;
    }
    const source = decodeSource(bytes, file.rel);
    if ('problem' in source) {
      results.push({ problems: [source.problem] });
      continue;
    }
    let result = checkText(file, source.text, withYaml);
    if ('text' in result) {
      withYaml ??= await loadYamlParse();
      result = checkText(file, source.text, withYaml);
    }
    results.push(result as FileResult);
  }
  return results;
}

export function sortProblems(problems: Problem[]): Problem[] {
  return problems.sort(
    (a, b) =>
      (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) ||
      (a.line ?? 0) - (b.line ?? 0) ||
      (a.column ?? 0) - (b.column ?? 0) ||
      (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0),
  );
}

/**
 * A stray file's advice names the form of a year folder by the current academic year
 * (`diagnostics/2026-2027/<id>.yaml` in 2026/2027), not by a fixed example year.
 */
function withCurrentYearFolder(found: Problem, today: string): Problem {
  const expected = found.params['expected'];
  if (found.rule !== 'unknown-file' || typeof expected !== 'string' || !expected.includes(`/${EXAMPLE_YEAR_FOLDER}/`)) return found;
  return { ...found, params: { ...found.params, expected: expected.replace(`/${EXAMPLE_YEAR_FOLDER}/`, `/${yearFolderName(academicYearOf(today))}/`) } };
}
