import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { afterAll, describe, expect, it } from 'vitest';
import type { Pair } from '../../src/model/types.js';
import { AssignError, assignPair, CONSENT_HINT, proposePair } from '../../src/plan/assign-pair.js';
import { ASSIGN_ERROR_MESSAGES, describeAssignError } from '../../src/plan/assign-messages.js';
import { validateWorkspace } from '../../src/validate/validate-workspace.js';
import { planWorkspace } from '../../src/plan/plan-workspace.js';
import { loadBuiltinCatalog } from '../../src/plan/load-catalog.js';
import { mergeCatalog } from '../../src/plan/catalog.js';

/** assignPair's text, or its error thrown: the tests read as before the result type. */
const assign = (...args: Parameters<typeof assignPair>): string => {
  const result = assignPair(...args);
  if ('error' in result) throw result.error;
  return result.text;
};

/** proposePair's pair, or its error thrown. */
const propose = (...args: Parameters<typeof proposePair>): Pair => {
  const result = proposePair(...args);
  if ('error' in result) throw result.error;
  return result.pair;
};

const EXAMPLE = 'examples/solnyshko';
const read = (file: string): string => readFileSync(join(EXAMPLE, file), 'utf8');

const NEW: Pair = { mentee: 'lebedev-ai', kind: 'traditional', role: 'experienced_young', start: '2026-03-20', end: '2026-05-31' };
const NEW_BLOCK = [
  '  - mentee: lebedev-ai',
  '    kind: traditional',
  '    role: experienced_young',
  '    start: 2026-03-20',
  '    end: 2026-05-31',
  '',
].join('\n');

function refusal(f: () => unknown): { code: string; params: Record<string, string | number> } | undefined {
  try {
    f();
  } catch (error) {
    if (error instanceof AssignError) return { code: error.code, params: error.params };
    throw error;
  }
  return undefined;
}

const pairsOf = (text: string): unknown[] => (parse(text) as { pairs: unknown[] }).pairs;

describe('assignPair on an existing mentor file', () => {
  it('keeps every byte of the file and appends the pair in block style', () => {
    for (const file of ['mentors/petrova-ov.yaml', 'mentors/fedorova-ls.yaml', 'mentors/smirnova-tn.yaml']) {
      const before = read(file);
      const teacher = (parse(before) as { teacher: string }).teacher;
      const after = assign(before, teacher, NEW);
      expect(after.slice(0, before.length)).toBe(before);
      expect(after.slice(before.length)).toBe(NEW_BLOCK);
      expect(pairsOf(after)).toEqual([...pairsOf(before), NEW]);
    }
  });

  it('keeps the comments, the flow maps and the spacing of the old pairs', () => {
    const before = read('mentors/petrova-ov.yaml');
    const after = assign(before, 'petrova-ov', NEW);
    for (const line of [
      'consent: { date: 2025-08-27 }   # письменное согласие, ст. 351.8 ТК РФ',
      'expertise: [normative, documentation, activity, family]',
      '    agreement: { number: "14", date: 2025-08-29 }   # доп. соглашение к трудовому договору',
      '    order: Приказ № 118-о от 29.08.2025   # приказ о закреплении',
    ]) {
      expect(after.split('\n')).toContain(line);
    }
  });

  it('writes the agreement inline with its number quoted, the order and an early end', () => {
    const full: Pair = {
      ...NEW,
      agreement: { number: '22-н', date: '2026-03-19' },
      order: 'Приказ № 40-о от 19.03.2026',
      ended_early: { date: '2026-04-30', reason: 'перевод наставляемого' },
    };
    const after = assign(read('mentors/petrova-ov.yaml'), 'petrova-ov', full);
    expect(after).toMatch(
      /\n {4}end: 2026-05-31\n {4}agreement: \{ number: "22-н", date: 2026-03-19 \}\n {4}order: Приказ № 40-о от 19\.03\.2026\n {4}ended_early: \{ date: 2026-04-30, reason: перевод наставляемого \}\n$/,
    );
    expect(pairsOf(after).at(-1)).toEqual(full);
  });

  it('puts the pair before a comment that closes the file, and after an inline comment on the last line', () => {
    const before = 'teacher: petrova-ov\npairs:\n  - mentee: ivanova-ma\n    start: 2025-09-01\n    end: 2026-05-31   # до конца года\n\n# конец файла\n';
    const after = assign(before, 'petrova-ov', NEW);
    expect(after).toBe(
      'teacher: petrova-ov\npairs:\n  - mentee: ivanova-ma\n    start: 2025-09-01\n    end: 2026-05-31   # до конца года\n' +
        NEW_BLOCK +
        '\n# конец файла\n',
    );
  });

  it('follows the layout of the list: items not indented under the key, no final newline, CRLF', () => {
    const flat = 'teacher: petrova-ov\npairs:\n- mentee: ivanova-ma\n  start: 2025-09-01\n  end: 2026-05-31\nexpertise: [family]\n';
    expect(assign(flat, 'petrova-ov', NEW)).toBe(
      'teacher: petrova-ov\npairs:\n- mentee: ivanova-ma\n  start: 2025-09-01\n  end: 2026-05-31\n' +
        NEW_BLOCK.replace(/^ {2}/gm, '') +
        'expertise: [family]\n',
    );
    const open = 'teacher: petrova-ov\npairs:\n  - mentee: ivanova-ma\n    start: 2025-09-01\n    end: 2026-05-31';
    expect(assign(open, 'petrova-ov', NEW)).toBe(`${open}\n${NEW_BLOCK}`);
    const crlf = read('mentors/petrova-ov.yaml').replace(/\n/g, '\r\n');
    const after = assign(crlf, 'petrova-ov', NEW);
    expect(after).toBe(crlf + NEW_BLOCK.replace(/\n/g, '\r\n'));
  });

  it('turns an empty list into a block list under the key', () => {
    expect(assign('teacher: petrova-ov\npairs: []   # пока нет\nexpertise: [family]\n', 'petrova-ov', NEW)).toBe(
      `teacher: petrova-ov\npairs:   # пока нет\n${NEW_BLOCK}expertise: [family]\n`,
    );
    expect(assign('teacher: petrova-ov\npairs:\n', 'petrova-ov', NEW)).toBe(`teacher: petrova-ov\npairs:\n${NEW_BLOCK}`);
    expect(assign('teacher: petrova-ov\npairs: []', 'petrova-ov', NEW)).toBe(`teacher: petrova-ov\npairs:\n${NEW_BLOCK}`);
  });

  it('adds the pair inline to a list written inline, keeping the rest of the line', () => {
    const before = 'teacher: petrova-ov\npairs: [{ mentee: ivanova-ma, kind: group, role: experienced_young, start: 2025-09-01, end: 2026-05-31 }]   # пары\n';
    const after = assign(before, 'petrova-ov', NEW);
    expect(after).toBe(before.replace('}]', '}, { mentee: lebedev-ai, kind: traditional, role: experienced_young, start: 2026-03-20, end: 2026-05-31 }]'));
    expect(pairsOf(after)).toEqual([...pairsOf(before), NEW]);
  });

  it('keeps the comments in and around a list written inline over several lines', () => {
    const before = [
      'teacher: petrova-ov',
      '# пары наставничества',
      'pairs: [   # по приказам',
      '  {mentee: ivanova-ma, kind: group, role: experienced_young, start: 2025-09-01, end: 2026-05-31},   # первая пара',
      ']   # конец списка',
      'expertise: [family]',
      '',
    ].join('\n');
    const after = assign(before, 'petrova-ov', NEW);
    expect(after).toBe(
      before.replace(
        '# первая пара\n',
        '# первая пара\n  { mentee: lebedev-ai, kind: traditional, role: experienced_young, start: 2026-03-20, end: 2026-05-31 },\n',
      ),
    );
    expect(pairsOf(after)).toEqual([...pairsOf(before), NEW]);
  });

  it('falls back to `yaml` when the splice cannot place the pair (the whole record inline)', () => {
    const before = '{ teacher: petrova-ov, pairs: [] }\n';
    const after = assign(before, 'petrova-ov', NEW);
    expect(parse(after)).toEqual({ teacher: 'petrova-ov', pairs: [NEW] });
  });

  it('assigning twice gives two pairs, both in block style with the same indentation', () => {
    const before = read('mentors/vasilyeva-ig.yaml');
    const second: Pair = { ...NEW, mentee: 'zaytseva-ok', role: 'leader_struggling', start: '2026-05-01' };
    const after = assign(assign(before, 'vasilyeva-ig', NEW), 'vasilyeva-ig', second);
    const secondBlock = NEW_BLOCK.replace('lebedev-ai', 'zaytseva-ok').replace('experienced_young', 'leader_struggling').replace('2026-03-20', '2026-05-01');
    expect(after).toBe(before + NEW_BLOCK + secondBlock);
    expect(pairsOf(after)).toHaveLength(4);
  });
});

describe('assignPair with no mentor file yet', () => {
  const header = '# yaml-language-server: $schema=../../../schemas/mentor.schema.json';

  it('writes the header, the teacher, a reminder of the consent and the pair', () => {
    expect(assign(undefined, 'gromova-la', NEW, header)).toBe(
      `${header}\nteacher: gromova-la\n${CONSENT_HINT}\npairs:\n${NEW_BLOCK}`,
    );
    expect(assign(undefined, 'gromova-la', NEW)).toBe(`teacher: gromova-la\n${CONSENT_HINT}\npairs:\n${NEW_BLOCK}`);
    expect(parse(assign(undefined, 'gromova-la', NEW))).toEqual({ teacher: 'gromova-la', pairs: [NEW] });
  });

  it('keeps the comments of a file that holds nothing else, instead of the header', () => {
    expect(assign('# черновик\n\n', 'gromova-la', NEW, header)).toBe(`# черновик\nteacher: gromova-la\n${CONSENT_HINT}\npairs:\n${NEW_BLOCK}`);
    expect(assign('', 'gromova-la', NEW, header)).toBe(`${header}\nteacher: gromova-la\n${CONSENT_HINT}\npairs:\n${NEW_BLOCK}`);
  });

  it('quotes an id YAML would read as a number', () => {
    expect(assign(undefined, '2024', NEW)).toMatch(/^teacher: "2024"\n/);
  });
});

describe('assignPair refuses', () => {
  const file = read('mentors/petrova-ov.yaml');

  it('a text that is not a mentor record of this mentor', () => {
    expect(refusal(() => assign('teacher: [petrova-ov\n', 'petrova-ov', NEW))?.code).toBe('yaml-invalid');
    expect(refusal(() => assign('- petrova-ov\n', 'petrova-ov', NEW))).toEqual({ code: 'not-mentor-file', params: { reason: 'not-mapping' } });
    expect(refusal(() => assign('pairs: []\n', 'petrova-ov', NEW))?.params).toEqual({ reason: 'no-teacher' });
    expect(refusal(() => assign('teacher: petrova-ov\n', 'petrova-ov', NEW))?.params).toEqual({ reason: 'no-pairs' });
    expect(refusal(() => assign('teacher: petrova-ov\npairs: {}\n', 'petrova-ov', NEW))?.params).toEqual({ reason: 'no-pairs' });
    expect(refusal(() => assign(file, 'smirnova-tn', NEW))).toEqual({
      code: 'teacher-mismatch',
      params: { found: 'petrova-ov', expected: 'smirnova-tn' },
    });
  });

  it('a pair with the same mentee that overlaps one already there', () => {
    const again: Pair = { ...NEW, mentee: 'ivanova-ma', start: '2026-05-31', end: '2026-08-31' };
    expect(refusal(() => assign(file, 'petrova-ov', again))).toEqual({
      code: 'pair-overlap',
      params: { mentee: 'ivanova-ma', start: '2025-09-01', end: '2026-05-31' },
    });
    // The day after the old pair's end is free; so is any day after an early end.
    expect(pairsOf(assign(file, 'petrova-ov', { ...again, start: '2026-06-01' }))).toHaveLength(2);
    const ended = read('mentors/smirnova-tn.yaml');
    expect(pairsOf(assign(ended, 'smirnova-tn', { ...NEW, mentee: 'orlova-dv', start: '2026-01-21' }))).toHaveLength(3);
    expect(refusal(() => assign(ended, 'smirnova-tn', { ...NEW, mentee: 'orlova-dv', start: '2026-01-20' }))?.code).toBe('pair-overlap');
  });

  it('self-mentoring', () => {
    expect(refusal(() => assign(file, 'petrova-ov', { ...NEW, mentee: 'petrova-ov' }))?.code).toBe('self-mentoring');
  });

  it('with a line for every code in both languages', () => {
    expect(Object.keys(ASSIGN_ERROR_MESSAGES.ru).sort()).toEqual(Object.keys(ASSIGN_ERROR_MESSAGES.en).sort());
    const error = new AssignError('pair-overlap', { mentee: 'ivanova-ma', start: '2025-09-01', end: '2026-05-31' });
    expect(describeAssignError(error, 'ru')).toBe(
      'У наставника уже есть пара с «ivanova-ma» на 01.09.2025 – 31.05.2026, она пересекается с новой',
    );
    expect(describeAssignError(new AssignError('unknown-teacher', { id: 'petrova-ou', suggestion: 'petrova-ov' }), 'ru')).toBe(
      'Педагог «petrova-ou» не найден среди педагогов. Может быть, «petrova-ov»?',
    );
    expect(describeAssignError(new AssignError('unknown-teacher', { id: 'x', suggestion: '' }), 'en')).toBe('Teacher “x” is not in teachers/');
    expect(describeAssignError(new AssignError('not-mentor-file', { reason: 'no-pairs' }), 'en')).toBe(
      'The file is not a mentor record: it has no pairs list',
    );
  });
});

describe('an assigned pair in the example workspace', () => {
  const root = mkdtempSync(join(tmpdir(), 'mentor-assign-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('adds only the problems a new pair is expected to have: its addendum and, for a new mentor, the consent', async () => {
    const today = '2026-03-20';
    const ws = join(root, 'solnyshko');
    cpSync(EXAMPLE, ws, { recursive: true });
    const before = await validateWorkspace(ws, { today });
    const rules = (problems: { rule: string; file: string }[]) => problems.map((p) => `${p.rule} ${p.file}`).sort();

    const toPetrova = propose(before.workspace, 'lebedev-ai', 'petrova-ov', today, '2025/2026');
    writeFileSync(join(ws, 'mentors/petrova-ov.yaml'), assign(read('mentors/petrova-ov.yaml'), 'petrova-ov', toPetrova));
    const header = '# yaml-language-server: $schema=../../../schemas/mentor.schema.json';
    const toGromova = propose(before.workspace, 'zaytseva-ok', 'gromova-la', today, '2025/2026');
    writeFileSync(join(ws, 'mentors/gromova-la.yaml'), assign(undefined, 'gromova-la', { ...toGromova, start: '2026-05-01' }, header));

    const typo = proposePair(before.workspace, 'lebedev-ia', 'petrova-ov', today, '2025/2026');
    expect('error' in typo && typo.error.params).toEqual({ id: 'lebedev-ia', suggestion: 'lebedev-ai' });
    const nobody = planWorkspace(before.workspace, mergeCatalog(await loadBuiltinCatalog(), []), '2027/2028', today);
    expect(nobody).toMatchObject({ planned: [], skipped: [], withRoute: 0, mentees: 0 });
    expect(planWorkspace(before.workspace, mergeCatalog(await loadBuiltinCatalog(), []), '2025/2026', today, ['ivanova-ma']).mentees).toBeGreaterThan(0);

    const after = await validateWorkspace(ws, { today });
    expect(rules(after.problems)).toEqual(
      [
        ...rules(before.problems),
        'agreement-missing mentors/petrova-ov.yaml',
        'agreement-missing mentors/gromova-la.yaml',
        'consent-missing mentors/gromova-la.yaml',
      ].sort(),
    );
  });
});
