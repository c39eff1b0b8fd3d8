// Validate stage: one diagnostics record holds at most one assessment of each kind (entry, midterm, final).

import { defineRule } from './rule.js';
import { repeatsOf } from './repeats.js';

// Growth is entry → final: two of a kind leave it unclear which one to compare.
export const duplicateAssessment = defineRule('duplicate-assessment', 'error', function* (ws) {
  for (const d of ws.diagnostics) {
    for (const { index, first, key: kind } of repeatsOf(d.value.assessments, (a) => a.kind)) {
      yield { file: d.file, pointer: `/assessments/${index}/kind`, params: { kind, first } };
    }
  }
});
