import { describe, expect, it } from 'vitest';
import { summarizePairs } from '../../src/report/pairs.js';
import { categoryLastDay, findCategoryRisks } from '../../src/report/risk-category.js';
import { riskContext } from '../../src/report/risk-context.js';
import { findCoursesOutdated } from '../../src/report/risk-courses-outdated.js';
import { findNoRecentMeetings } from '../../src/report/risk-no-recent-meetings.js';
import { findOverdueItems } from '../../src/report/risk-overdue-items.js';
import { findPairsWithoutRoute } from '../../src/report/risk-pair-without-route.js';
import { riskSentence } from '../../src/report/risk-sentences.js';
import type { Workspace } from '../../src/model/workspace.js';
import type { Risk } from '../../src/report/types.js';
import { buildWorkspace } from '../rules/build.js';
import { newcomer, person, Q1_2026 } from './figures-setup.js';

const brief = (risks: Risk[]): string[] => risks.map((r) => `${r.code} ${r.person.id} ${JSON.stringify(r.params)}`);
const run = (check: (ctx: ReturnType<typeof riskContext>) => Risk[], ws: Workspace, today: string) =>
  brief(check(riskContext(ws, Q1_2026, today)));

const MENTOR = person('petrova-ov', 'Петрова Ольга Викторовна', { courses: [{ title: 'КПК', hours: 72, year: 2025 }] });
const fresh = { education: { level: 'higher', institution: 'ВоГУ', year: 2025, specialty: 'Дошкольное образование' } };

describe('pair-without-route', () => {
  // As of 2026-03-20: a started 2026-03-05 (15 days before: a risk), b 2026-03-06 (14 days: not
  // yet), c has a route for 2025/2026, d's pair ended on 03-19.
  const ws = buildWorkspace({
    teachers: [MENTOR, ...['a', 'b', 'c', 'd'].map((id) => newcomer(id, `Педагог ${id}`, fresh))],
    mentors: [
      {
        teacher: 'petrova-ov',
        max_mentees: 4,
        pairs: [
          { mentee: 'a', start: '2026-03-05' },
          { mentee: 'b', start: '2026-03-06' },
          { mentee: 'c', start: '2026-01-15' },
          { mentee: 'd', start: '2026-01-15', end: '2026-03-19' },
        ],
      },
    ],
    routes: [{ teacher: 'c', items: [] }],
  });

  it('flags a pair active on as_of, started more than 14 days before it, with no route that year', () => {
    expect(run(findPairsWithoutRoute, ws, '2026-03-20')).toEqual([
      'pair-without-route a {"start":"2026-03-05","mentor":"Петрова Ольга Викторовна"}',
    ]);
  });

  it('says so in a sentence', () => {
    const [risk] = findPairsWithoutRoute(riskContext(ws, Q1_2026, '2026-03-20'));
    expect(riskSentence(risk!)).toBe(
      'Педагог\u00a0a. (воспитатель): пара (наставник — Петрова\u00a0О.\u00a0В.) действует с 5 марта 2026\u00a0г., ' +
        'а индивидуальный образовательный маршрут на учебный год не составлен.',
    );
  });
});

describe('no-recent-meetings', () => {
  // As of 2026-03-20 the 30 days are 02-19..03-20. a met on 02-19 (inside), b on 02-18 (outside),
  // c never; d's pair started 02-25 (too young to miss a meeting); e has no route (another risk).
  const route = (teacher: string, dates: string[]) => ({ teacher, items: [], meetings: dates.map((date) => ({ date, topic: 'Встреча', minutes: 30 })) });
  const ws = buildWorkspace({
    teachers: [MENTOR, ...['a', 'b', 'c', 'd', 'e'].map((id) => newcomer(id, `Педагог ${id}`, fresh))],
    mentors: [
      {
        teacher: 'petrova-ov',
        max_mentees: 5,
        pairs: [{ mentee: 'a' }, { mentee: 'b' }, { mentee: 'c' }, { mentee: 'd', start: '2026-02-25' }, { mentee: 'e' }],
      },
    ],
    routes: [route('a', ['2026-02-19']), route('b', ['2026-02-18', '2026-03-25']), route('c', []), route('d', [])],
  });

  it('flags an active pair with a route and no meeting in the last 30 days', () => {
    expect(run(findNoRecentMeetings, ws, '2026-03-20')).toEqual([
      'no-recent-meetings b {"mentor":"Петрова Ольга Викторовна","last":"2026-02-18"}',
      'no-recent-meetings c {"mentor":"Петрова Ольга Викторовна"}',
    ]);
  });
});

describe('courses-outdated', () => {
  // As of 2026-03-20, year(as_of) − 3 = 2023: a course in 2023 (exactly three years back) is
  // outdated, one in 2024 is not; with no course, the year of education counts.
  const ws = buildWorkspace({
    teachers: [
      person('c2023', 'Курсы Двадцать Третий', { courses: [{ title: 'КПК', hours: 72, year: 2019 }, { title: 'КПК', hours: 36, year: 2023 }] }),
      person('c2024', 'Курсы Двадцать Четвёртый', { courses: [{ title: 'КПК', hours: 72, year: 2024 }] }),
      person('edu2022', 'Диплом Старый', { education: { ...fresh.education, year: 2022 } }),
      person('edu2025', 'Диплом Новый', fresh),
      person('junior', 'Младший Воспитатель', { position: 'junior_educator' }),
      person('gone', 'Уволенная Ранее', { left: '2026-03-01' }),
    ],
  });

  it('flags pedagogical staff employed on as_of whose latest course (or education) is 3 years old or more', () => {
    expect(run(findCoursesOutdated, ws, '2026-03-20')).toEqual([
      'courses-outdated c2023 {"year":2023,"basis":"course"}',
      'courses-outdated edu2022 {"year":2022,"basis":"education"}',
    ]);
  });
});

describe('category-expiring and category-expired', () => {
  // As of 2026-03-20: a category dated exactly five years before (2021-03-20) was valid through
  // 2026-03-19: expired. One dated 2021-03-21 is valid through as_of itself: expiring. One whose
  // last day is 2026-09-20 (six months after as_of) is expiring; 2026-09-21 is not yet.
  const ws = buildWorkspace({
    teachers: [
      person('exact', 'Ровно Пять', { category: 'first', category_date: '2021-03-20' }),
      person('today', 'Последний День', { category: 'highest', category_date: '2021-03-21' }),
      person('six', 'Шесть Месяцев', { category: 'first', category_date: '2021-09-21' }),
      person('later', 'Позже Полугода', { category: 'first', category_date: '2021-09-22' }),
      person('until', 'Срок Указан', { category: 'first', category_date: '2020-01-01', category_valid_until: '2026-05-01' }),
      person('methodist', 'Педагог Методист', { category: 'methodist', category_date: '2020-01-01' }),
    ],
  });

  it('takes the day before the fifth anniversary as the last day, or category_valid_until', () => {
    expect(categoryLastDay(ws.teachers[0]!.value)).toBe('2026-03-19');
    expect(categoryLastDay(ws.teachers[4]!.value)).toBe('2026-05-01');
    expect(categoryLastDay(ws.teachers[5]!.value)).toBeUndefined();
  });

  it('flags expired before as_of and expiring within six months after it', () => {
    expect(brief(findCategoryRisks(riskContext(ws, Q1_2026, '2026-03-20'))).sort()).toEqual([
      'category-expired exact {"category":"first","until":"2026-03-19"}',
      'category-expiring six {"category":"first","until":"2026-09-20"}',
      'category-expiring today {"category":"highest","until":"2026-03-20"}',
      'category-expiring until {"category":"first","until":"2026-05-01"}',
    ]);
  });

  it('says so in a sentence', () => {
    const risk = findCategoryRisks(riskContext(ws, Q1_2026, '2026-03-20')).find((r) => r.code === 'category-expired')!;
    expect(riskSentence(risk)).toBe('Ровно\u00a0П. (воспитатель): первая квалификационная категория действовала по 19 марта 2026\u00a0г.');
  });
});

describe('a teacher who left before as_of', () => {
  // Орлова left on 2026-01-20; her pair ended early that day with two items open.
  const ws = buildWorkspace({
    teachers: [MENTOR, newcomer('orlova-dv', 'Орлова Дарья Викторовна', { left: '2026-01-20', ...fresh })],
    mentors: [{ teacher: 'petrova-ov', pairs: [{ mentee: 'orlova-dv', ended_early: { date: '2026-01-20', reason: 'увольнение' } }] }],
    routes: [{ teacher: 'orlova-dv', items: [{ id: 'a', due: '2025-12-01' }, { id: 'b', due: '2026-01-10' }] }],
  });

  it('is never an overdue risk', () => {
    expect(run(findOverdueItems, ws, '2026-03-20')).toEqual([]);
  });

  it('has her unfinished items stated with the pair ended early', () => {
    expect(summarizePairs(ws, Q1_2026, '2026-03-20').list[0]).toMatchObject({ unfinished: 2 });
  });
});
