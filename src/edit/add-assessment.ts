// Edit stage: add a self-assessment to a teacher's diagnostics of the year — or start the file.

import { YamlEdit } from '../load/yaml-edit.js';
import type { Assessment, DiagnosticsRecord } from '../model/types.js';
import type { EditResult } from './edit-result.js';

/**
 * `text` and `record` are the diagnostics file of the year and its value, or undefined when the
 * teacher has none yet (a new file is written, with the editor's schema hint unless it is '').
 */
export function addAssessment(
  existing: { text: string; record: DiagnosticsRecord } | undefined,
  teacher: string,
  year: string,
  assessment: Assessment,
  schemaHint: string,
): EditResult {
  const scores = Object.entries(assessment.scores).map(([direction, score]) => `${direction}: ${formatScore(score)}`);
  if (existing === undefined) {
    const lines = [
      ...(schemaHint === '' ? [] : [schemaHint]),
      `teacher: ${teacher}`,
      `year: "${year}"`,
      'assessments:',
      `  - kind: ${assessment.kind}`,
      `    date: ${assessment.date}`,
      `    scores: { ${scores.join(', ')} }`,
      '',
    ];
    return { text: lines.join('\n') };
  }
  const same = existing.record.assessments.find((a) => a.kind === assessment.kind);
  if (same !== undefined) return { error: { kind: 'assessment-exists', assessment: same.kind, date: same.date } };
  const edit = new YamlEdit(existing.text);
  const alias = edit.firstAlias();
  if (alias !== undefined) return { error: { kind: 'alias', ...alias } };
  const eol = existing.text.includes('\r\n') ? '\r\n' : '\n';
  const entry = [`- kind: ${assessment.kind}`, `  date: ${assessment.date}`, `  scores: { ${scores.join(', ')} }`];
  edit.appendLines(['assessments'], entry.join(eol));
  return { text: edit.toString() };
}

/** A score as the self-assessment writes it: one decimal, with a point (0.5, 1.0, 2.0). */
function formatScore(score: number): string {
  return score.toFixed(1);
}
