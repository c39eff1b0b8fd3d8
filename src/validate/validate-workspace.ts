// Validate stage: the whole check of a workspace — files, schema, rules — with every problem located.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { listRecordFiles } from '../load/list-records.js';
import type { Locator } from '../load/locate.js';
import { buildWorkspace, type RecordInput } from '../model/build-workspace.js';
import type { Workspace } from '../model/workspace.js';
import { checkFiles, type CheckFilesOptions } from './check-files.js';
import type { Problem } from './problem.js';
import { RULES } from './rules/index.js';

export interface ValidateOptions extends CheckFilesOptions {
  /** `YYYY-MM-DD`: the day that "in the future" is measured from. */
  today: string;
}

export interface ValidationResult {
  workspace: Workspace;
  problems: Problem[];
  /** The text of every file that has a located problem, for excerpts. */
  sources: Map<string, string>;
  fileCount: number;
}

export async function validateWorkspace(root: string, options: ValidateOptions): Promise<ValidationResult> {
  const listing = listRecordFiles(root);
  const results = await checkFiles(listing.files, options);
  const problems: Problem[] = [...listing.problems];
  const records: RecordInput[] = [];
  results.forEach((result, i) => {
    problems.push(...result.problems);
    // A file that could not be parsed still names a record: its id must not become "unknown".
    const file = listing.files[i]!;
    records.push(result.record ?? { file: file.rel, kind: file.kind, stem: file.stem, value: undefined, valid: false });
  });
  const workspace = buildWorkspace(records);
  problems.push(...checkRules(workspace, options.today));
  const sources = await locateProblems(root, problems);
  return { workspace, problems: sortProblems(problems), sources, fileCount: listing.files.length };
}

export function checkRules(workspace: Workspace, today: string): Problem[] {
  return RULES.flatMap((rule) => rule.check(workspace, { today }));
}

/** Problems about files whose text cannot or need not be shown (a stray file may be anything). */
const UNREADABLE = new Set(['file-too-large', 'file-unreadable', 'file-not-utf8', 'unknown-file']);

/**
 * Positions are computed only now, and only for files that have problems: parsing with source
 * positions for every file would double the cost of a clean run.
 */
async function locateProblems(root: string, problems: Problem[]): Promise<Map<string, string>> {
  const sources = new Map<string, string>();
  if (problems.length === 0) return sources;
  const { Locator } = await import('../load/locate.js');
  const safeLocator = (text: string): Locator | null => {
    try {
      return new Locator(text);
    } catch {
      return null;
    }
  };
  const locators = new Map<string, Locator | null>();
  for (const found of problems) {
    if (UNREADABLE.has(found.rule)) continue;
    let text = sources.get(found.file);
    if (text === undefined) {
      text = readText(join(root, found.file));
      if (text === undefined) continue;
      sources.set(found.file, text);
    }
    if (found.line !== undefined) continue;
    let locator = locators.get(found.file);
    if (locator === undefined) {
      locator = safeLocator(text);
      locators.set(found.file, locator);
    }
    const at = locator?.locate(found.pointer, found.atKey) ?? { line: 1, column: 1 };
    found.line = at.line;
    found.column = at.column;
  }
  return sources;
}

function readText(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8').replace(/^\uFEFF/, '');
  } catch {
    return undefined;
  }
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
