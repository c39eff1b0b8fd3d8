// Load stage: the editor's schema hint for a new record file, learned from the workspace's files.

import { dirname, join, relative, resolve, sep } from 'node:path';
import type { RecordKind } from '../model/types.js';
import { MAX_FILE_BYTES } from './read-source.js';
import { readFileWithin } from './read-within.js';

const HINT = /^# yaml-language-server: \$schema=(\S+)/;

const SCHEMA_FILE: Record<RecordKind, string> = {
  config: 'config.schema.json',
  teacher: 'teacher.schema.json',
  mentor: 'mentor.schema.json',
  diagnostics: 'diagnostics.schema.json',
  route: 'route.schema.json',
  catalog: 'catalog.schema.json',
  events: 'events.schema.json',
  survey: 'survey.schema.json',
  questionnaire: 'questionnaire.schema.json',
};

/**
 * The `# yaml-language-server: $schema=…` line for a new file at `targetRel`, pointing where the
 * hints of the existing files point (`samples`, workspace-relative), or '' when none has one.
 */
export function schemaHintFor(root: string, samples: readonly string[], targetRel: string, kind: RecordKind): string {
  for (const sample of samples) {
    // Read as a record is: a sample that links out of the workspace is not looked into.
    const read = readFileWithin(join(root, sample), root, MAX_FILE_BYTES);
    if ('refusal' in read) continue;
    const first = read.bytes.toString('utf8').replace(/^\uFEFF/, '').split('\n', 1)[0] ?? '';
    const match = HINT.exec(first);
    if (!match?.[1] || /^[a-z]+:/i.test(match[1])) continue;
    const schemas = dirname(resolve(root, dirname(sample), match[1]));
    const path = relative(join(root, dirname(targetRel)), join(schemas, SCHEMA_FILE[kind])).split(sep).join('/');
    return `# yaml-language-server: $schema=${path}`;
  }
  return '';
}
