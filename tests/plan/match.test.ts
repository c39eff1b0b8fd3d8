import { beforeAll, describe, expect, it } from 'vitest';
import { BUILTIN_DIRECTIONS, type Pair } from '../../src/model/types.js';
import type { Workspace } from '../../src/model/workspace.js';
import { AssignError } from '../../src/plan/assign-error.js';
import { POINTS } from '../../src/plan/candidate-reasons.js';
import { compareCandidates } from '../../src/plan/evaluate-candidate.js';
import { evaluateMentor, MAX_CANDIDATES, suggestMentors, type Candidate, type MenteeSuggestion } from '../../src/plan/match.js';
import { describeMatchReason, MATCH_MESSAGES } from '../../src/plan/match-messages.js';
import { proposePair } from '../../src/plan/propose-pair.js';
import { arePositionsRelated } from '../../src/plan/related-positions.js';
import { validateWorkspace } from '../../src/validate/validate-workspace.js';
import { peakActivePairs } from '../../src/model/pairs.js';
import { buildWorkspace, pair, TODAY, type WorkspaceInput } from '../rules/build.js';

/** proposePair's pair, or its error thrown. */
const propose = (...args: Parameters<typeof proposePair>): Pair => {
  const result = proposePair(...args);
  if ('error' in result) throw result.error;
  return result.pair;
};

const YEAR = '2025/2026';
const options = (today = TODAY, year = YEAR) => ({ today, year, directionOrder: BUILTIN_DIRECTIONS });

function suggest(input: WorkspaceInput, today = TODAY, year = YEAR): MenteeSuggestion[] {
  return suggestMentors(buildWorkspace(input), options(today, year));
}

/** The candidates for one mentee, by id with their reason codes. */
function ranked(input: WorkspaceInput, mentee = 'ivanova-ma', today = TODAY): Candidate[] {
  const found = suggest(input, today).find((s) => s.mentee === mentee);
  if (!found) throw new Error(`${mentee} is not suggested`);
  return found.candidates;
}

const codes = (c: Candidate | undefined): string[] => (c?.reasons ?? []).map((r) => r.code);
const byId = (cs: Candidate[], id: string): Candidate | undefined => cs.find((c) => c.mentor === id);

/** A mentor with long experience; `id` and any field may be changed. */
const senior = (id: string, patch: object = {}) => ({ id, hired: '2010-09-01', experience: { years: 20, as_of: '2025-09-01' }, ...patch });
const young = (id: string, patch: object = {}) => ({ id, hired: '2025-08-25', experience: { years: 0, as_of: '2025-08-25' }, ...patch });

describe('suggestMentors on the example workspace (20.03.2026)', () => {
  let ws: Workspace;
  let suggestions: MenteeSuggestion[];
  beforeAll(async () => {
    ws = (await validateWorkspace('examples/solnyshko', { today: TODAY })).workspace;
    suggestions = suggestMentors(ws, options());
  });

  it('lists only lebedev-ai, a young PE instructor hired in October with no mentor', () => {
    expect(suggestions.map((s) => s.mentee)).toEqual(['lebedev-ai']);
    const [lebedev] = suggestions;
    expect(lebedev?.reasons).toEqual([
      { code: 'young_specialist', params: { years: 0.4, max: 3 } },
      { code: 'newcomer', params: { hired: '2025-10-06', days: 165 } },
    ]);
    expect(lebedev?.deficits).toEqual([]);
    expect(lebedev?.period).toEqual({ start: TODAY, end: '2026-05-31' });
  });

  it('ranks five candidates, without the junior educator, the mentee himself or a teacher who left', () => {
    const candidates = suggestions[0]!.candidates;
    expect(candidates).toHaveLength(MAX_CANDIDATES);
    const ids = candidates.map((c) => c.mentor);
    for (const excluded of ['tikhonova-gp', 'lebedev-ai', 'orlova-dv']) expect(ids).not.toContain(excluded);
    expect(evaluateMentor(ws, 'lebedev-ai', 'tikhonova-gp', options())?.exclusions.map((e) => e.code)).toEqual(['not_pedagogical']);
    expect(evaluateMentor(ws, 'lebedev-ai', 'lebedev-ai', options())?.exclusions.map((e) => e.code)).toEqual(['self']);
    expect(evaluateMentor(ws, 'lebedev-ai', 'orlova-dv', options())?.exclusions.map((e) => e.code)).toEqual(['not_employed']);
  });

  it('puts the music director first: related position, consent, highest category, one mentee so far', () => {
    const candidates = suggestions[0]!.candidates;
    expect(candidates.map((c) => [c.mentor, c.score])).toEqual([
      ['gromova-la', 52],
      ['kovalenko-ir', 47],
      ['fedorova-ls', 40],
      ['petrova-ov', 40],
      ['vasilyeva-ig', 40],
    ]);
    expect(codes(candidates[0])).toEqual(['experience_ok', 'related_position', 'consent', 'category', 'has_load']);
    expect(candidates[0]).toMatchObject({ load: 1, capacityLeft: 1 });
    expect(codes(candidates[1])).toEqual(['experience_ok', 'related_position', 'consent', 'has_load']);
    expect(candidates[1]).toMatchObject({ load: 1, capacityLeft: 1 });
  });

  it('orders candidates and reasons, and scores are the sums of the points', () => {
    const candidates = suggestions[0]!.candidates;
    expect([...candidates].sort(compareCandidates)).toEqual(candidates);
    for (const c of candidates) {
      expect(c.score).toBe(c.reasons.reduce((sum, r) => sum + r.points, 0));
      const points = c.reasons.map((r) => r.points);
      expect(points).toEqual([...points].sort((a, b) => b - a));
    }
  });

  it('leaves out a mentor whose pairs reach the limit later in the period, though not today', () => {
    const extra = (mentee: string, start: string): Pair => ({ mentee, kind: 'traditional', role: 'experienced_young', start, end: '2026-05-31' });
    const busy: Workspace = {
      ...ws,
      mentors: ws.mentors.map((m) =>
        m.value.teacher === 'fedorova-ls' ? { ...m, value: { ...m.value, pairs: [...m.value.pairs, extra('sergeeva-mv', '2026-04-15')] } } : m,
      ),
    };
    const after = suggestMentors(busy, options())[0]!.candidates.map((c) => c.mentor);
    expect(after).not.toContain('fedorova-ls');
    expect(after).toEqual(['gromova-la', 'kovalenko-ir', 'petrova-ov', 'vasilyeva-ig', 'smirnova-tn']);
    const evaluation = evaluateMentor(busy, 'lebedev-ai', 'fedorova-ls', options());
    expect(evaluation?.exclusions).toEqual([{ code: 'at_capacity', params: { peak: 2, max: 2 } }]);
    // A pair that begins once zaytseva-ok's ends keeps the peak at one.
    const later: Workspace = {
      ...ws,
      mentors: ws.mentors.map((m) =>
        m.value.teacher === 'fedorova-ls' ? { ...m, value: { ...m.value, pairs: [...m.value.pairs, extra('sergeeva-mv', '2026-05-01')] } } : m,
      ),
    };
    expect(evaluateMentor(later, 'lebedev-ai', 'fedorova-ls', options())?.candidate?.capacityLeft).toBe(1);
  });

  it('is deterministic: the same result twice, and whatever the order of the records', () => {
    expect(suggestMentors(ws, options())).toEqual(suggestions);
    const shuffled: Workspace = { ...ws, teachers: [...ws.teachers].reverse(), mentors: [...ws.mentors].reverse() };
    expect(suggestMentors(shuffled, options())).toEqual(suggestions);
  });

  it('for next year, asked in June, plans everyone who will still need a mentor in September', () => {
    const next = suggestMentors(ws, options('2026-06-15', '2026/2027'));
    expect(next.map((s) => s.mentee)).toEqual(['belova-as', 'ivanova-ma', 'lebedev-ai', 'romanova-ka', 'zaytseva-ok']);
    expect(next[0]?.period).toEqual({ start: '2026-09-01', end: '2027-05-31' });
    expect(next.find((s) => s.mentee === 'zaytseva-ok')?.reasons.map((r) => r.code)).toEqual(['newcomer']);
  });
});

describe('who needs a mentor', () => {
  it('a young specialist: experience below young_specialist_max_years', () => {
    expect(suggest({}).map((s) => [s.mentee, s.reasons.map((r) => r.code)])).toEqual([['ivanova-ma', ['young_specialist', 'newcomer']]]);
    const teachers = [senior('petrova-ov'), young('ivanova-ma', { hired: '2020-08-25', experience: { years: 2.5, as_of: '2025-09-01' } })];
    expect(suggest({ teachers })).toEqual([]);
    expect(suggest({ teachers, settings: { young_specialist_max_years: 5 } })[0]?.reasons).toEqual([
      { code: 'young_specialist', params: { years: 3, max: 5 } },
    ]);
  });

  it('a newcomer: hired fewer than 365 days ago, whatever the experience', () => {
    const teachers = [senior('petrova-ov'), senior('zaytseva-ok', { hired: '2025-03-21' })];
    expect(suggest({ teachers })[0]?.reasons).toEqual([{ code: 'newcomer', params: { hired: '2025-03-21', days: 364 } }]);
    expect(suggest({ teachers: [senior('petrova-ov'), senior('zaytseva-ok', { hired: '2025-03-20' })] })).toEqual([]);
  });

  it('not a junior educator, nor anyone not employed today', () => {
    const teachers = [
      senior('petrova-ov'),
      young('tikhonova-gp', { position: 'junior_educator' }),
      young('orlova-dv', { left: '2026-01-20' }),
      young('novikova-ea', { hired: '2026-04-01', experience: { years: 0, as_of: '2026-04-01' } }),
      young('belova-as', { left: TODAY }),
    ];
    expect(suggest({ teachers }).map((s) => s.mentee)).toEqual(['belova-as']);
  });

  it('not a teacher with a pair active today; yes when the pair ended early', () => {
    expect(suggest({ mentors: [{ pairs: [{}] }] })).toEqual([]);
    const ended = { ended_early: { date: '2026-01-20', reason: 'увольнение наставника' } };
    expect(suggest({ mentors: [{ pairs: [ended] }] }).map((s) => s.mentee)).toEqual(['ivanova-ma']);
    expect(suggest({ mentors: [{ pairs: [{ start: '2026-04-01' }] }] }).map((s) => s.mentee)).toEqual(['ivanova-ma']);
  });

  it('before the year begins, a pair anywhere in the year counts; a year already over needs nothing', () => {
    const teachers = [senior('petrova-ov'), young('ivanova-ma', { hired: '2026-08-25', experience: { years: 0, as_of: '2026-08-25' } })];
    const ahead = suggest({ teachers }, '2026-06-15', '2026/2027');
    expect(ahead.map((s) => [s.mentee, s.period])).toEqual([['ivanova-ma', { start: '2026-09-01', end: '2027-05-31' }]]);
    const pairs = [{ start: '2026-10-01', end: '2027-05-31', agreement: undefined }];
    expect(suggest({ teachers, mentors: [{ pairs }] }, '2026-06-15', '2026/2027')).toEqual([]);
    expect(suggest({}, '2026-09-01', YEAR)).toEqual([]);
  });

  it('in the summer of the year, the pair runs to 31 August', () => {
    expect(suggest({}, '2026-06-10')[0]?.period).toEqual({ start: '2026-06-10', end: '2026-08-31' });
  });
});

describe('mentor candidates: hard requirements', () => {
  it('a mentor hired after the pair would start, or gone before it, is not a candidate', () => {
    const teachers = [young('ivanova-ma'), senior('petrova-ov', { hired: '2026-04-01' }), senior('smirnova-tn', { left: '2026-03-01' })];
    expect(ranked({ teachers })).toEqual([]);
    const ws = buildWorkspace({ teachers });
    expect(evaluateMentor(ws, 'ivanova-ma', 'petrova-ov', options())?.exclusions).toEqual([
      { code: 'not_employed', params: { start: TODAY, hired: '2026-04-01' } },
    ]);
  });

  it('capacity: max_mentees over the setting, peak over the whole period', () => {
    // belova-as needs no teacher record: every pair of the mentor counts.
    const teachers = [young('ivanova-ma'), senior('petrova-ov')];
    const one = [{ mentee: 'belova-as' }];
    expect(ranked({ teachers, mentors: [{ pairs: one }] }).map((c) => [c.mentor, c.capacityLeft])).toEqual([['petrova-ov', 1]]);
    expect(ranked({ teachers, mentors: [{ max_mentees: 1, pairs: one }] }).map((c) => c.mentor)).toEqual([]);
    expect(ranked({ teachers, settings: { mentor_max_mentees: 1 }, mentors: [{ pairs: one }] })).toEqual([]);
    // Ended before today: it neither loads nor fills the mentor.
    const past = [{ mentee: 'belova-as', start: '2025-09-01', end: '2026-01-31' }];
    expect(ranked({ teachers, mentors: [{ max_mentees: 1, pairs: past }] }).map((c) => [c.mentor, c.load])).toEqual([['petrova-ov', 0]]);
  });

  it('keeps at most five candidates', () => {
    const teachers = [young('ivanova-ma'), ...['a', 'b', 'c', 'd', 'e', 'f', 'g'].map((s) => senior(`mentor-${s}`))];
    expect(ranked({ teachers }).map((c) => c.mentor)).toEqual(['mentor-a', 'mentor-b', 'mentor-c', 'mentor-d', 'mentor-e']);
  });
});

describe('mentor candidates: soft criteria', () => {
  /** petrova-ov as the one candidate; `null` leaves her with no mentors/ file. */
  const withMentor = (patch: object, mentorRecord: object | null = { consent: { date: '2025-08-28' } }): WorkspaceInput => ({
    teachers: [young('ivanova-ma'), senior('petrova-ov', patch)],
    ...(mentorRecord ? { mentors: [{ teacher: 'petrova-ov', ...mentorRecord }] } : {}),
  });
  const reasonOf = (input: WorkspaceInput, code: string) => ranked(input)[0]?.reasons.find((r) => r.code === code);

  it('experience: at least the minimum is a strong plus; below it, listed with a minus', () => {
    expect(reasonOf(withMentor({}), 'experience_ok')).toEqual({ code: 'experience_ok', points: POINTS.experience_ok, params: { years: 20.5, min: 3 } });
    const low = withMentor({ experience: { years: 2, as_of: '2025-09-01' } });
    expect(reasonOf(low, 'experience_low')).toEqual({ code: 'experience_low', points: POINTS.experience_low, params: { years: 2.5, min: 3 } });
    expect(reasonOf({ ...low, settings: { mentor_min_experience_years: 2 } }, 'experience_ok')?.points).toBe(POINTS.experience_ok);
  });

  it('consent: on record is a plus, missing a minus — only for pairs from 01.03.2025', () => {
    expect(reasonOf(withMentor({}), 'consent')?.params).toEqual({ date: '2025-08-28' });
    expect(reasonOf(withMentor({}, { consent: undefined }), 'no_consent')?.points).toBe(POINTS.no_consent);
    expect(reasonOf(withMentor({}, null), 'no_consent')?.params).toEqual({ since: '2025-03-01' });
    const teachers = [young('ivanova-ma', { hired: '2024-08-25', experience: { years: 0, as_of: '2024-08-25' } }), senior('petrova-ov')];
    const before = suggest({ teachers }, '2024-10-01', '2024/2025')[0]?.candidates[0];
    expect(codes(before)).not.toContain('no_consent');
  });

  it('position: the same is a strong plus, a related one a smaller plus, another none', () => {
    expect(reasonOf(withMentor({}), 'same_position')).toEqual({ code: 'same_position', points: POINTS.same_position, params: { position: 'educator' } });
    expect(reasonOf(withMentor({ position: 'senior_educator' }), 'related_position')).toEqual({
      code: 'related_position',
      points: POINTS.related_position,
      params: { position: 'senior_educator', mentee_position: 'educator' },
    });
    const other = ranked(withMentor({ position: 'music_director' }))[0];
    expect(codes(other).filter((c) => c.endsWith('_position'))).toEqual([]);
    expect(arePositionsRelated('speech_therapist', 'defectologist')).toBe(true);
    expect(arePositionsRelated('pe_instructor', 'music_director')).toBe(true);
    expect(arePositionsRelated('educator', 'educator')).toBe(false);
    expect(arePositionsRelated('educator', 'psychologist')).toBe(false);
  });

  it('expertise: points per deficit of the mentee it covers, the directions listed', () => {
    const diagnostics = [
      { assessments: [{ kind: 'entry' as const, date: '2025-09-12', scores: { family: 0.4, normative: 0.8, documentation: 0.6, activity: 1.5 } }] },
    ];
    const input = { ...withMentor({}, { expertise: ['normative', 'family', 'activity'] }), diagnostics };
    expect(suggest(input)[0]?.deficits).toEqual(['family', 'documentation', 'normative']);
    expect(reasonOf(input, 'expertise_match')).toEqual({
      code: 'expertise_match',
      points: 2 * POINTS.expertise_per_deficit,
      params: { count: 2, total: 3, directions: 'family, normative' },
    });
    expect(reasonOf({ ...withMentor({}, { expertise: ['activity'] }), diagnostics }, 'expertise_match')).toBeUndefined();
  });

  it('load: none is a small plus, each pair today a small minus; equal scores go to the lighter load, then by id', () => {
    const teachers = [young('ivanova-ma'), senior('petrova-ov'), senior('smirnova-tn'), senior('fedorova-ls')];
    const mentors = [
      { teacher: 'petrova-ov', pairs: [{ mentee: 'belova-as' }] },
      { teacher: 'smirnova-tn', pairs: [] },
      { teacher: 'fedorova-ls', pairs: [] },
    ];
    const candidates = ranked({ teachers, mentors });
    expect(candidates.map((c) => [c.mentor, c.load])).toEqual([
      ['fedorova-ls', 0],
      ['smirnova-tn', 0],
      ['petrova-ov', 1],
    ]);
    expect(byId(candidates, 'petrova-ov')?.reasons.find((r) => r.code === 'has_load')).toEqual({
      code: 'has_load',
      points: POINTS.load_per_pair,
      params: { load: 1, max: 2 },
    });
    expect(compareCandidates({ ...candidates[0]!, load: 2 }, { ...candidates[2]!, score: candidates[0]!.score })).toBeGreaterThan(0);
    expect(compareCandidates({ ...candidates[2]!, score: 10 }, { ...candidates[0]!, score: 10 })).toBeGreaterThan(0);
  });

  it('category: highest, mentor or methodist is a small plus; first is not', () => {
    for (const category of ['highest', 'mentor', 'methodist']) {
      expect(reasonOf(withMentor({ category }), 'category')).toEqual({ code: 'category', points: POINTS.category, params: { category } });
    }
    expect(reasonOf(withMentor({ category: 'first' }), 'category')).toBeUndefined();
  });

  it('a mentor leaving before 31 May is a minus, and the proposed pair ends that day', () => {
    const input = withMentor({ left: '2026-04-30' });
    expect(reasonOf(input, 'leaves_early')).toEqual({ code: 'leaves_early', points: POINTS.leaves_early, params: { left: '2026-04-30' } });
    expect(propose(buildWorkspace(input), 'ivanova-ma', 'petrova-ov', TODAY, YEAR).end).toBe('2026-04-30');
  });

  it('a candidate who is a mentee during the period is a minus', () => {
    const teachers = [young('ivanova-ma'), senior('petrova-ov'), senior('sokolova-ap')];
    const mentors = [{ teacher: 'petrova-ov', pairs: [{ mentee: 'sokolova-ap', end: '2026-05-29' }] }];
    const sokolova = byId(ranked({ teachers, mentors }), 'sokolova-ap');
    expect(sokolova?.reasons.find((r) => r.code === 'being_mentored')).toEqual({
      code: 'being_mentored',
      points: POINTS.being_mentored,
      params: { mentor: 'petrova-ov', until: '2026-05-29' },
    });
  });
});

describe('proposePair', () => {
  const ws = buildWorkspace({ teachers: [young('ivanova-ma'), senior('petrova-ov'), senior('zaytseva-ok', { hired: '2026-01-12' })] });

  it('a traditional pair from today (or the year start) to 31 May, the role by the need', () => {
    expect(propose(ws, 'ivanova-ma', 'petrova-ov', TODAY, YEAR)).toEqual({
      mentee: 'ivanova-ma',
      kind: 'traditional',
      role: 'experienced_young',
      start: TODAY,
      end: '2026-05-31',
    });
    expect(propose(ws, 'ivanova-ma', 'petrova-ov', '2025-08-26', YEAR)).toMatchObject({ role: 'experienced_young', start: '2025-09-01' });
    expect(propose(ws, 'zaytseva-ok', 'petrova-ov', TODAY, YEAR)).toMatchObject({ role: 'leader_struggling', start: TODAY });
  });

  it('refuses an unknown teacher, self-mentoring and a year with nothing left', () => {
    const code = (f: () => unknown): string | undefined => {
      try {
        f();
      } catch (error) {
        return error instanceof AssignError ? error.code : 'other';
      }
      return undefined;
    };
    expect(code(() => propose(ws, 'nobody', 'petrova-ov', TODAY, YEAR))).toBe('unknown-teacher');
    expect(code(() => propose(ws, 'petrova-ov', 'petrova-ov', TODAY, YEAR))).toBe('self-mentoring');
    expect(code(() => propose(ws, 'ivanova-ma', 'petrova-ov', '2026-09-02', YEAR))).toBe('empty-period');
  });
});

describe('peakActivePairs', () => {
  const pairs = [pair({ end: '2025-12-31' }), pair({ mentee: 'a', start: '2025-12-31' }), pair({ mentee: 'b', start: '2026-01-01' })];

  it('counts the most pairs active on one day of the range, both ends included', () => {
    expect(peakActivePairs(pairs, '2025-09-01', '2026-05-31')).toBe(2);
    expect(peakActivePairs(pairs, '2025-09-01', '2025-12-30')).toBe(1);
    expect(peakActivePairs(pairs, '2026-06-01', '2026-08-31')).toBe(0);
    expect(peakActivePairs([], '2025-09-01', '2026-05-31')).toBe(0);
  });
});

describe('match messages', () => {
  const all = [
    'young_specialist',
    'newcomer',
    'experience_ok',
    'experience_low',
    'consent',
    'no_consent',
    'same_position',
    'related_position',
    'expertise_match',
    'no_load',
    'has_load',
    'category',
    'leaves_early',
    'being_mentored',
    'not_pedagogical',
    'self',
    'not_employed',
    'at_capacity',
    'placeholder',
  ];

  it('has a Russian and an English line for every code', () => {
    expect(Object.keys(MATCH_MESSAGES.ru).sort()).toEqual([...all].sort());
    expect(Object.keys(MATCH_MESSAGES.en).sort()).toEqual([...all].sort());
  });

  it('words Russian numbers, dates and quotes as documents do', () => {
    const ru = (code: string, params: Record<string, string | number>) => describeMatchReason({ code, params }, 'ru');
    expect(ru('young_specialist', { years: 0.4, max: 3 })).toBe('Молодой специалист: педагогический стаж 0,4 года (порог — 3 года)');
    expect(ru('experience_ok', { years: 21, min: 5 })).toBe('Педагогический стаж 21 год (минимум — 5 лет)');
    expect(ru('newcomer', { hired: '2025-10-06', days: 1 })).toBe('Новый сотрудник: в детском саду с 06.10.2025, 1 день');
    expect(ru('newcomer', { hired: '2025-10-06', days: 164 })).toMatch(/164 дня$/);
    expect(ru('has_load', { load: 1, max: 2 })).toBe('На начало пары 1 наставляемый при лимите 2');
    expect(ru('at_capacity', { peak: 2, max: 2 })).toBe('Уже 2 наставляемых при лимите 2 в период пары');
    expect(ru('expertise_match', { count: 1, total: 2, directions: 'family' })).toBe(
      'Опыт по 1 дефициту из 2: «Взаимодействие с семьями воспитанников»',
    );
    expect(ru('expertise_match', { count: 2, total: 2, directions: 'family, normative' })).toMatch(/^Опыт по 2 дефицитам из 2: «В.*», «И.*»$/);
    expect(ru('being_mentored', { mentor: 'petrova-ov', until: '2026-05-29' })).toBe(
      'Проходит наставничество как наставляемый (наставник «petrova-ov», до 29.05.2026)',
    );
    expect(ru('not_pedagogical', { position: 'junior_educator' })).toBe('Младший воспитатель — не педагогический работник');
    expect(ru('unknown_code', {})).toBe('unknown_code');
  });

  it('words English with typographic quotes and plurals', () => {
    const en = (code: string, params: Record<string, string | number>) => describeMatchReason({ code, params }, 'en');
    expect(en('experience_low', { years: 1, min: 3 })).toBe('1 year of teaching experience, below the minimum of 3 years');
    expect(en('being_mentored', { mentor: 'petrova-ov', until: '2026-05-29' })).toBe('Is a mentee during the pair (mentor “petrova-ov”, until 2026-05-29)');
    expect(en('expertise_match', { count: 1, total: 1, directions: 'family' })).toBe('Expertise covers 1 of 1 deficit: “work with families”');
  });
});
