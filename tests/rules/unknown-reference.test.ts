import { describe, expect, it } from 'vitest';
import { runRule } from '../../src/validate/rules/rule.js';
import { unknownReference } from '../../src/validate/rules/unknown-reference.js';
import { buildWorkspace, TODAY } from './build.js';
import { run } from './run.js';

describe('unknown-reference', () => {
  it('reports a mentee that is not a teacher, with a suggestion', () => {
    const problems = run(unknownReference, { mentors: [{ pairs: [{}, { mentee: 'ivanova-mx', start: '2025-10-01' }] }] });
    expect(problems).toEqual([
      {
        rule: 'unknown-reference',
        severity: 'error',
        file: 'mentors/petrova-ov.yaml',
        pointer: '/pairs/1/mentee',
        params: { field: 'mentee', id: 'ivanova-mx', suggestion: 'ivanova-ma' },
      },
    ]);
  });

  it('checks the curator, mentors, diagnostics and routes', () => {
    const problems = run(unknownReference, {
      config: { organization: { name: 'МБДОУ', head: 'Сидорова Н. И.', curator: 'kuznetsova-ev' } },
      mentors: [{ teacher: 'smirnova-aa' }],
      diagnostics: [{ teacher: 'orlova-tt' }],
      routes: [{ teacher: 'ivanova-ma', mentor: 'petrova-o' }],
    });
    expect(problems.map((p) => [p.file, p.pointer, p.params['id'], p.params['suggestion']])).toEqual([
      ['mentor.yaml', '/organization/curator', 'kuznetsova-ev', ''],
      ['mentors/smirnova-aa.yaml', '/teacher', 'smirnova-aa', ''],
      ['diagnostics/2025-2026/orlova-tt.yaml', '/teacher', 'orlova-tt', ''],
      ['routes/2025-2026/ivanova-ma.yaml', '/mentor', 'petrova-o', 'petrova-ov'],
    ]);
  });

  it('accepts teachers whose file failed its schema', () => {
    expect(run(unknownReference, { mentors: [{ pairs: [{ mentee: 'orlova-tt' }] }], extraTeacherIds: ['orlova-tt'] })).toEqual([]);
  });

  it('is quiet on a consistent workspace', () => {
    expect(run(unknownReference, { config: {}, mentors: [{ pairs: [{}] }], diagnostics: [{}], routes: [{}] })).toEqual([]);
  });

  it('reads records that failed their schema too, defensively', () => {
    const ws = buildWorkspace();
    // A pair with a misspelt field failed the schema; its mentee's typo must still be found.
    ws.unchecked.push({
      file: 'mentors/petrova-ov.yaml',
      kind: 'mentor',
      stem: 'petrova-ov',
      value: { teacher: 'petrova-ov', pairs: [{ mentee: 'ivanova-mx', kidn: 'traditional' }, 'junk', { mentee: 42 }, { mentee: 'Bad Id' }] },
    });
    ws.unchecked.push({ file: 'routes/2025-2026/x.yaml', kind: 'route', stem: 'x', value: ['not', 'a', 'mapping'] });
    const problems = runRule(unknownReference, ws, { today: TODAY });
    expect(problems.map((p) => [p.file, p.pointer, p.params['id'], p.params['suggestion']])).toEqual([
      ['mentors/petrova-ov.yaml', '/pairs/0/mentee', 'ivanova-mx', 'ivanova-ma'],
    ]);
  });
});
