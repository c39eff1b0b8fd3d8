// Test sequencer: the files known to take longest start first, also on a machine with no timings
// of earlier runs (a fresh CI checkout) — otherwise the biggest file could start last and leave one
// core idle while it runs alone. After them, vitest's own order (longest and failed first, by the
// cache of earlier runs).

import { BaseSequencer, type TestSpecification } from 'vitest/node';

/** Longest first, as measured (CPU-bound ones, then ones that wait on chromium, git or a lock). */
const SLOW = [
  'tests/validate/large-files.test.ts',
  'tests/load/parse-record-differential.test.ts',
  'tests/cli/git.test.ts',
  'tests/serve/app.test.ts',
  'tests/cli/pdf.test.ts',
  'tests/cli/plan.test.ts',
  'tests/cli/scenarios.test.ts',
  'tests/docs/records-doc.test.ts',
  'tests/cli/concurrent-writes.test.ts',
  'tests/cli/write-file.test.ts',
  'tests/render/report-docx.test.ts',
  'tests/schemas.test.ts',
];

export default class SlowFirstSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const projects = [...new Set(sorted.map((file) => file.project.name))];
    const rank = (file: TestSpecification): number => {
      const at = SLOW.findIndex((path) => file.moduleId.endsWith(`/${path}`));
      return at < 0 ? SLOW.length : at;
    };
    // Projects keep their order; within one, the slow files first (the sort is stable).
    return [...sorted].sort((a, b) => projects.indexOf(a.project.name) - projects.indexOf(b.project.name) || rank(a) - rank(b));
  }
}
