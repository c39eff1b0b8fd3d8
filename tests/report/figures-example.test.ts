import { beforeAll, describe, expect, it } from 'vitest';
import type { Workspace } from '../../src/model/workspace.js';
import { buildReport } from '../../src/report/build-report.js';
import type { Report } from '../../src/report/types.js';
import { validateWorkspace } from '../../src/validate/validate-workspace.js';
import { OPTIONS, Q1_2026 } from './figures-setup.js';

// examples/solnyshko, period 2026-01-01..2026-03-31, today 2026-03-20 (see its README.md).
describe('buildReport on the example workspace, I quarter 2026', () => {
  let ws: Workspace;
  let report: Report;
  beforeAll(async () => {
    ws = (await validateWorkspace('examples/solnyshko', { today: '2026-03-20' })).workspace;
    report = buildReport(ws, Q1_2026, '2026-03-20', OPTIONS);
  });

  it('names the kindergarten and its curator', () => {
    expect(report).toMatchObject({ version: '1.1', today: '2026-03-20', anonymized: false, period: Q1_2026 });
    expect(report.organization.curator).toEqual({ id: 'kuznetsova-ev', name: 'Кузнецова Елена Викторовна', position: 'старший воспитатель' });
  });

  it('counts coverage', () => {
    // 18 pedagogical teachers (Тихонова is a junior educator; Орлова, who left on 01-20, and
    // Зайцева, hired on 01-12, both worked in the quarter). In active pairs: mentors Петрова,
    // Смирнова, Васильева, Фёдорова, Громова, Коваленко; mentees Иванова, Белова, Орлова,
    // Соколова, Зайцева, Романова, Никитина = 13. 13 / 18 = 0.7222 ≥ 0.7. Young: Иванова, Белова,
    // Орлова (0.35 years), Лебедев (0.24), Романова (0.08); Михайлова has 3.34 years by now.
    // Mentored: all but Лебедев: 4 / 5.
    expect(report.coverage).toEqual({
      staff: { numerator: 13, denominator: 18, ratio: 0.7222, target: 0.7, meets_target: true },
      young_specialists: { numerator: 4, denominator: 5, ratio: 0.8 },
    });
  });

  it('counts pairs, and group mentoring as groups', () => {
    // Active: Петрова–Иванова, Смирнова's group (Белова, and Орлова, ended early 01-20),
    // Васильева–Соколова, Фёдорова–Зайцева (started 01-12), Громова–Романова (since 01.12.2025),
    // Коваленко–Никитина (started 01-12). Not: the situational pair of November, Фёдорова–Михайлова
    // of 2024/2025. The group runs until 29.05: not ended.
    const { pairs } = report;
    expect([pairs.active, pairs.started, pairs.ended, pairs.ended_early]).toEqual([6, 2, 0, 1]);
    expect(pairs.by_kind.map((k) => [k.kind, k.active, k.mentees, k.started, k.ended])).toEqual([
      ['traditional', 4, 4, 1, 0],
      ['group', 1, 2, 0, 0],
      ['short_term', 1, 1, 1, 0],
    ]);
    expect(pairs.groups.map((g) => [g.mentor.id, g.mentees.map((m) => m.id).join(' '), g.start, g.end])).toEqual([
      ['smirnova-tn', 'belova-as orlova-dv', '2025-09-01', '2026-05-29'],
    ]);
    expect(pairs.mentor_load.map((m) => [m.mentor.id, m.mentees, m.peak, m.capacity])).toEqual([
      ['vasilyeva-ig', 1, 1, 2],
      ['gromova-la', 1, 1, 2],
      ['kovalenko-ir', 1, 1, 2],
      ['petrova-ov', 1, 1, 2],
      ['smirnova-tn', 2, 2, 2],
      ['fedorova-ls', 1, 1, 2],
    ]);
  });

  it('counts route items due in the quarter', () => {
    // Белова: 01-31 done, 02-28 done, 02-28 planned (overdue), 03-31 in progress (03-31 cancelled
    // left out) = 4. Иванова: three done, 03-31 in progress = 4. Соколова: three done, 02-28
    // planned (overdue), 03-31 in progress = 5. Орлова: both items cancelled.
    const { items } = report;
    expect(items).toMatchObject({ due: 13, done: 8, done_late: 0, overdue: 2, in_progress: 3, planned: 2 });
    expect(items.by_mentee.map((m) => [m.mentee.id, m.due, m.overdue])).toEqual([
      ['belova-as', 4, 1],
      ['ivanova-ma', 4, 0],
      ['sokolova-ap', 5, 1],
    ]);
    expect(items.by_direction.map((d) => [d.direction, d.due])).toEqual([
      ['documentation', 1],
      ['activity', 3],
      ['environment', 3],
      ['diagnostics', 2],
      ['courses', 1],
      ['methodical', 3],
    ]);
  });

  it('counts meetings held up to today', () => {
    // Белова 40+50+40, Иванова 45+60+45, Орлова 40 (01-14), Соколова 45+50+40.
    expect(report.meetings.held).toBe(10);
    expect(report.meetings.minutes).toBe(455);
    expect(report.meetings.by_mentee.map((m) => [m.mentee.id, m.held, m.minutes])).toEqual([
      ['belova-as', 3, 130],
      ['ivanova-ma', 3, 150],
      ['orlova-dv', 1, 40],
      ['sokolova-ap', 3, 135],
    ]);
  });

  it('measures growth from the entry to the January self-assessment', () => {
    // Иванова, Белова, Соколова have both; Орлова and Зайцева only an entry one.
    // normative: (1.0 + 1.1 + 0.7) / 3 = 0.93 → (1.4 + 1.3 + 1.2) / 3 = 1.3, change 0.37.
    // documentation: (0.5 + 1.0 + 0.6) / 3 = 0.7 → (1.1 + 1.2 + 1.0) / 3 = 1.1, change 0.4.
    expect(report.growth.slice(0, 2)).toEqual([
      { direction: 'normative', title: 'Изучение нормативно-правовой базы', teachers: 3, entry: 0.93, latest: 1.3, change: 0.37 },
      { direction: 'documentation', title: 'Ведение документации', teachers: 3, entry: 0.7, latest: 1.1, change: 0.4 },
    ]);
    // The nine directions of the example's self-assessments; ict, inclusive and upbringing were not assessed.
    expect(report.growth.slice(0, 9).every((g) => g.teachers === 3)).toBe(true);
  });

  it('finds the pair without a route, the young PE instructor without a mentor, and outdated courses', () => {
    // Overdue items: one each for Белова and Соколова (below 2). No route stalled (meetings in
    // March), no mentor over 2, no pair ends by 04-19. Зайцева's pair runs since 12.01 with no
    // route. Лебедев: 165 days on as_of 2026-03-20 = 0.4 years. Courses: Зайцева 2021,
    // Сергеева 2023 = 2026 − 3. Коваленко's first category ends on 09.06.2026.
    expect(report.risks.map((r) => `${r.code} ${r.person.id} ${JSON.stringify(r.params)}`)).toEqual([
      'pair-without-route zaytseva-ok {"start":"2026-01-12","mentor":"Фёдорова Людмила Сергеевна"}',
      'pair-without-route nikitina-es {"start":"2026-01-12","mentor":"Коваленко Ирина Романовна"}',
      'pair-without-route romanova-ka {"start":"2025-12-01","mentor":"Громова Лариса Анатольевна"}',
      'young-specialist-without-mentor lebedev-ai {"years":0.4}',
      'courses-outdated zaytseva-ok {"year":2021,"basis":"course"}',
      'courses-outdated sergeeva-mv {"year":2023,"basis":"course"}',
      'category-expiring kovalenko-ir {"category":"first","until":"2026-06-09"}',
    ]);
    expect(report.risks[3]!.person).toEqual({ id: 'lebedev-ai', name: 'Лебедев Артём Игоревич', position: 'инструктор по физической культуре' });
  });

  it('counts the items due on 03-31 as overdue once the quarter is over', () => {
    // Today 2026-04-10: Белова 02-28 + 03-31, Соколова 02-28 + 03-31, Иванова 03-31 → 5;
    // two of them each makes a risk. Фёдорова–Зайцева ends 04-30, within 30 days of 03-31, but
    // Зайцева has no route yet: no risk.
    const later = buildReport(ws, Q1_2026, '2026-04-10', OPTIONS);
    expect(later.items.overdue).toBe(5);
    expect(later.risks.map((r) => `${r.code} ${r.person.id} ${JSON.stringify(r.params)}`)).toEqual([
      'pair-without-route zaytseva-ok {"start":"2026-01-12","mentor":"Фёдорова Людмила Сергеевна"}',
      'pair-without-route nikitina-es {"start":"2026-01-12","mentor":"Коваленко Ирина Романовна"}',
      'pair-without-route romanova-ka {"start":"2025-12-01","mentor":"Громова Лариса Анатольевна"}',
      'overdue-items belova-as {"count":2}',
      'overdue-items sokolova-ap {"count":2}',
      'young-specialist-without-mentor lebedev-ai {"years":0.4}',
      'courses-outdated zaytseva-ok {"year":2021,"basis":"course"}',
      'courses-outdated sergeeva-mv {"year":2023,"basis":"course"}',
      'category-expiring kovalenko-ir {"category":"first","until":"2026-06-09"}',
    ]);
  });
});

describe('an anonymised report of the example', () => {
  it('names no position that fewer than three teachers of the period hold', async () => {
    const { anonymize } = await import('../../src/report/anonymize.js');
    const ws = (await validateWorkspace('examples/solnyshko', { today: '2026-03-20' })).workspace;
    for (const period of [Q1_2026, { ...Q1_2026, start: '2025-09-01', end: '2026-08-31' }]) {
      const report = anonymize(buildReport(ws, period, '2026-03-20', OPTIONS));
      const staff = new Map(report.staff_by_position.map((s) => [s.label, s.count]));
      const total = report.staff_by_position.reduce((sum, s) => sum + s.count, 0);
      const specialists = report.staff_by_position
        .filter((s) => ['music_director', 'pe_instructor', 'psychologist', 'speech_therapist', 'defectologist'].includes(s.position))
        .reduce((sum, s) => sum + s.count, 0);
      // Every coded person, with the position the report shows.
      const people = [
        ...report.pairs.list.flatMap((p) => [p.mentor, p.mentee]),
        ...report.items.by_mentee.map((m) => m.mentee),
        ...report.meetings.by_mentee.map((m) => m.mentee),
        ...report.risks.map((r) => r.person),
      ].filter((p) => /^[МН]-\d+$/.test(p.id));
      expect(people.length).toBeGreaterThan(5);
      for (const { position } of people) {
        const holders = position === 'педагог' ? total : position === 'педагог-специалист' ? specialists : (staff.get(position) ?? 0);
        expect(holders, position).toBeGreaterThanOrEqual(3);
      }
    }
  });
});
