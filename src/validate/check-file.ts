// Validate stage: everything that can be said of one record file alone — read, parse, schema.

import { dirname } from 'node:path';
import type { RecordFile } from '../load/list-records.js';
import { parseRecord, type YamlParse } from '../load/parse-record.js';
import { readSource } from '../load/read-source.js';
import type { PositionTree } from '../load/position-tree.js';
import type { RecordInput } from '../model/build-workspace.js';
import { problem, type Problem } from '../model/problem.js';
import { checkFolder, checkSchema } from './schema-check.js';
import { findPlaceholders } from '../load/find-placeholders.js';
import { pointerSegments } from '../load/json-pointer.js';
import { PLACEHOLDER_MARK } from '../model/placeholders.js';

export interface FileResult {
  /** Absent when the file could not be read or parsed. */
  record?: RecordInput;
  problems: Problem[];
  /** The places of a large file's nodes, from its reading, to locate its problems. */
  positions?: PositionTree;
}

/** The text of a file that needs the full `yaml` reader (see parseRecord). */
export interface NeedsYaml {
  text: string;
}

/** More schema problems than a record of another kind would have in this folder. */
const MAX_MISPLACED_PROBLEMS = 100;

export function checkFile(file: RecordFile, withYaml?: YamlParse): FileResult | NeedsYaml {
  // Without a root, the file's own folder is the bound: nothing is read through a link out of it.
  const source = readSource(file.path, file.rel, file.root ?? dirname(file.path));
  if ('problem' in source) return { problems: [source.problem] };
  return checkText(file, source.text, withYaml);
}

/** The same as checkFile for text already in hand (tests, git revisions). */
export function checkText(file: Omit<RecordFile, 'path'>, text: string, withYaml?: YamlParse): FileResult | NeedsYaml {
  const parsed = parseRecord(text, file.rel, withYaml);
  if (parsed === undefined) return { text };
  if ('problems' in parsed) return { problems: parsed.problems };
  const schemaProblems = checkSchema(file.kind, parsed.value, file.rel);
  // A record in the wrong folder fails its own schema a few times (its fields are unknown there);
  // hundreds of failures are something else, and each other kind's check would cost as much again.
  const misplaced = schemaProblems.length > 0 && schemaProblems.length <= MAX_MISPLACED_PROBLEMS ? checkFolder(file.kind, parsed.value, file.rel) : undefined;
  const problems = misplaced ? [misplaced] : [...schemaProblems];
  const record: RecordInput = {
    file: file.rel,
    kind: file.kind,
    stem: file.stem,
    value: parsed.value,
    valid: problems.length === 0,
  };
  if (file.folderYear !== undefined) record.folderYear = file.folderYear;
  // The cheap test first: a clean workspace has no placeholder, and pays for no second look.
  if (text.includes(PLACEHOLDER_MARK)) {
    const pointers = findPlaceholders(text, parsed.value);
    if (pointers.length > 0) record.placeholders = pointers;
    for (const pointer of pointers) problems.push(placeholderProblem(file.rel, pointer));
  }
  return { record, problems, ...(parsed.positions ? { positions: parsed.positions } : {}) };
}

/**
 * A warning on a value `mentor init` wrote as a placeholder: param `field`, the path with dots
 * between keys (`experience`, `education.institution`).
 */
function placeholderProblem(rel: string, pointer: string): Problem {
  const found = problem('placeholder', rel, pointer, { field: pointerSegments(pointer).join('.') }, 'warning');
  found.atKey = true;
  return found;
}
