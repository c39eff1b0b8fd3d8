// Plan stage: a mentee's route for the year, from the latest self-assessment, the catalog and the
// calendar — and its YAML text, which must pass `mentor validate` and read back as the same route.

import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { loadYamlParse, type YamlParse } from '../../src/load/parse-record.js';
import type { CatalogRecord, DiagnosticsRecord } from '../../src/model/types.js';
import type { Workspace } from '../../src/model/workspace.js';
import { mergeCatalog, type Catalog } from '../../src/plan/catalog.js';
import { checkPlannedRoute } from '../../src/plan/check-planned.js';
import { generateRoute, type PlannedRoute } from '../../src/plan/generate-route.js';
import { loadBuiltinCatalog } from '../../src/plan/load-catalog.js';
import { routeToYaml } from '../../src/plan/route-yaml.js';
import { validateWorkspace } from '../../src/validate/validate-workspace.js';
import { buildWorkspace, TODAY, type PairInput, type WorkspaceInput } from '../rules/build.js';
import { EXAMPLE } from '../cli/helpers.js';

const YEAR = '2025/2026';
const ADAPTATION_TASK = 'Освоить содержание и организацию образовательной деятельности в своей группе при поддержке наставника';

let builtin: CatalogRecord[];
let catalog: Catalog;
let withYaml: YamlParse;

beforeAll(async () => {
  builtin = await loadBuiltinCatalog();
  catalog = mergeCatalog(builtin, []);
  withYaml = await loadYamlParse();
});

type Scores = Record<string, number>;

/** One entry assessment of ivanova-ma with these scores. */
function assessed(scores: Scores): NonNullable<WorkspaceInput['diagnostics']> {
  return [{ assessments: [{ kind: 'entry', date: '2025-09-12', scores }] }];
}

/** Mentor and young educator, each with a group of her own. */
const TEACHERS: NonNullable<WorkspaceInput['teachers']> = [
  { id: 'petrova-ov', hired: '2010-09-01', experience: { years: 20, as_of: '2025-09-01' }, group: 'Старшая группа «Радуга»' },
  { id: 'ivanova-ma', hired: '2025-08-25', experience: { years: 0, as_of: '2025-08-25' }, group: 'Средняя группа «Звёздочки»' },
];

/** petrova-ov mentors ivanova-ma (1 Sep – 31 May, experienced_young unless `pair` says otherwise). */
function workspace(input: WorkspaceInput = {}, pairPatch: PairInput = {}): Workspace {
  return buildWorkspace({ teachers: TEACHERS, mentors: [{ pairs: [pairPatch] }], ...input });
}

function plan(ws: Workspace, on: Catalog = catalog): PlannedRoute {
  const planned = generateRoute(ws, on, 'ivanova-ma', YEAR);
  if (planned === undefined) throw new Error('no route was generated');
  return planned;
}

/** Ids of the catalog's activities of each kind. */
function idsWhen(when: string): Set<string> {
  return new Set(catalog.directions.flatMap((d) => d.activities.filter((a) => a.when === when).map((a) => a.id)));
}

function problemsOf(ws: Workspace, planned: PlannedRoute): string[] {
  return checkPlannedRoute(ws, planned.file, routeToYaml(planned.route, ''), TODAY, withYaml).map((p) => `${p.rule} ${p.pointer}`);
}

describe('generateRoute: deficits', () => {
  it('lists the directions scored below deficit_below, most severe first', () => {
    const ws = workspace({ diagnostics: assessed({ family: 0.4, normative: 0.9, documentation: 0.2, activity: 1.5 }) });
    expect(plan(ws).route.deficits).toEqual(['documentation', 'family', 'normative']);
  });

  it('orders equal scores as the catalog orders its directions', () => {
    const ws = workspace({ diagnostics: assessed({ family: 0.5, methodical: 0.5, normative: 0.5, documentation: 0.5 }) });
    expect(plan(ws).route.deficits).toEqual(['normative', 'documentation', 'family', 'methodical']);
  });

  it('does not count a score equal to deficit_below', () => {
    const ws = workspace({ diagnostics: assessed({ normative: 1.0, family: 0.99 }) });
    expect(plan(ws).route.deficits).toEqual(['family']);
  });

  it('uses the workspace setting deficit_below', () => {
    const ws = workspace({ settings: { deficit_below: 1.5 }, diagnostics: assessed({ normative: 1.2, family: 1.6 }) });
    expect(plan(ws).route.deficits).toEqual(['normative']);
  });

  it('takes the latest score of a direction: an improved one is no longer a deficit', () => {
    const assessments: DiagnosticsRecord['assessments'] = [
      { kind: 'midterm', date: '2026-01-16', scores: { normative: 1.3, family: 0.6 } },
      { kind: 'entry', date: '2025-09-12', scores: { normative: 0.5, family: 1.4 } },
    ];
    expect(plan(workspace({ diagnostics: [{ assessments }] })).route.deficits).toEqual(['family']);
  });

  it('keeps the earlier score of a direction the later assessment did not cover', () => {
    const assessments: DiagnosticsRecord['assessments'] = [
      { kind: 'entry', date: '2025-09-12', scores: { normative: 0.5, family: 1.4 } },
      { kind: 'midterm', date: '2026-01-16', scores: { family: 1.5 } },
    ];
    expect(plan(workspace({ diagnostics: [{ assessments }] })).route.deficits).toEqual(['normative']);
  });
});

describe('generateRoute: activities', () => {
  it('holds 12–20 items: an activity for every deficit, the mentor’s visits, `always` and further `deficit` ones', () => {
    const ws = workspace({ diagnostics: assessed({ family: 0.5, documentation: 0.7, activity: 1.4 }) });
    const items = plan(ws).route.items;
    expect(items.length).toBeGreaterThanOrEqual(12);
    expect(items.length).toBeLessThanOrEqual(20);
    const deficit = idsWhen('deficit');
    for (const direction of ['family', 'documentation']) {
      expect(items.some((i) => i.direction === direction && deficit.has(i.id)), direction).toBe(true);
    }
    expect(items.map((i) => i.id)).toContain('activity-mentor-visits');
    // courses-choice comes with the course itself (the course is due: her education is from 2010).
    expect(items.filter((i) => deficit.has(i.id) && i.id !== 'courses-choice').every((i) => ['family', 'documentation'].includes(i.direction))).toBe(true);
  });

  it('keeps to max_items_per_route', () => {
    const ws = workspace({ settings: { max_items_per_route: 12 }, diagnostics: assessed({ family: 0.5, documentation: 0.7 }) });
    expect(plan(ws).route.items).toHaveLength(12);
  });

  it('copies each activity from the catalog with its direction, planned', () => {
    const ws = workspace({ diagnostics: assessed({ family: 0.5 }) });
    const item = plan(ws).route.items.find((i) => i.id === 'family-consultations');
    const activity = catalog.directions.find((d) => d.direction === 'family')!.activities.find((a) => a.id === 'family-consultations')!;
    expect(item).toEqual({
      id: 'family-consultations',
      direction: 'family',
      title: activity.title,
      forms: activity.forms,
      due: item?.due,
      result: activity.result,
      status: 'planned',
    });
  });

  it('puts each activity in its first preferred month when the year has room', () => {
    const ws = workspace({ diagnostics: assessed({ family: 0.5 }) });
    const due = new Map(plan(ws).route.items.map((i) => [i.id, i.due]));
    expect(due.get('family-consultations')).toBe('2025-12-31');
    expect(due.get('normative-fop')).toBe('2025-09-30');
    expect(due.get('diagnostics-final')).toBe('2026-05-31');
  });

  it('uses a workspace activity that overrides a built-in one', () => {
    const own: CatalogRecord = {
      direction: 'normative',
      title: 'Изучение нормативно-правовой базы',
      activities: [{ id: 'normative-fop', title: 'Изучение ФОП ДО и устава ДОУ', forms: 'Самостоятельно', months: [10], result: 'Конспект', when: 'always' }],
    };
    const item = plan(workspace(), mergeCatalog(builtin, [own])).route.items.find((i) => i.id === 'normative-fop');
    expect(item).toMatchObject({ title: 'Изучение ФОП ДО и устава ДОУ', due: '2025-10-31' });
  });

  it('lists the items in time order', () => {
    const items = plan(workspace({ diagnostics: assessed({ family: 0.5, normative: 0.6 }) })).route.items;
    const dues = items.map((i) => i.due);
    expect(dues).toEqual([...dues].sort());
  });

  it('keeps within max_items_per_month and out of the summer', () => {
    const ws = workspace({
      settings: { max_items_per_month: 3 },
      diagnostics: assessed({ family: 0.5, normative: 0.6, documentation: 0.7 }),
    });
    const perMonth = new Map<string, number>();
    for (const item of plan(ws).route.items) perMonth.set(item.due.slice(0, 7), (perMonth.get(item.due.slice(0, 7)) ?? 0) + 1);
    expect(Math.max(...perMonth.values())).toBeLessThanOrEqual(3);
    expect([...perMonth.keys()].filter((m) => ['06', '07', '08'].includes(m.slice(5)))).toEqual([]);
  });

  it('gives every item a due date at the end of a month inside the period', () => {
    const planned = plan(workspace({ diagnostics: assessed({ family: 0.5 }) }, { end: '2026-05-20' }));
    const { start, end } = planned.route.period;
    for (const item of planned.route.items) {
      expect(item.due >= start && item.due <= end, `${item.id} ${item.due}`).toBe(true);
      const next = new Date(`${item.due}T00:00:00Z`);
      next.setUTCDate(next.getUTCDate() + 1);
      expect(next.getUTCDate() === 1 || item.due === end, `${item.id} ${item.due}`).toBe(true);
    }
  });
});

describe('generateRoute: a mentee without a self-assessment', () => {
  it('gets only `always` activities', () => {
    const always = idsWhen('always');
    const items = plan(workspace()).route.items;
    expect(items.length).toBeGreaterThanOrEqual(12);
    expect(items.filter((i) => !always.has(i.id) && i.id !== 'courses-choice')).toEqual([]);
  });

  it('gets no deficits and the adaptation task', () => {
    const { route } = plan(workspace());
    expect(route.deficits).toEqual([]);
    expect(route.tasks).toEqual([ADAPTATION_TASK]);
  });

  it('comes with a no-diagnostics warning', () => {
    expect(plan(workspace()).notes).toContainEqual({ code: 'no-diagnostics', severity: 'warning', teacher: 'ivanova-ma', params: {} });
  });

  it('has no such warning once a self-assessment is recorded', () => {
    const notes = plan(workspace({ diagnostics: assessed({ family: 1.5 }) })).notes;
    expect(notes.map((n) => n.code)).not.toContain('no-diagnostics');
  });

  it('counts an assessment of an earlier year', () => {
    const ws = workspace({ diagnostics: [{ year: '2024/2025', assessments: [{ kind: 'final', date: '2025-05-20', scores: { family: 0.5 } }] }] });
    const planned = plan(ws);
    expect(planned.route.deficits).toEqual(['family']);
    expect(planned.notes.map((n) => n.code)).not.toContain('no-diagnostics');
  });
});

describe('generateRoute: goal, tasks and topic', () => {
  it('words the goal by the pair role', () => {
    expect(plan(workspace()).route.goal).toBe(
      'Профессиональная адаптация молодого педагога, развитие его профессиональных компетенций и освоение норм педагогической деятельности',
    );
    expect(plan(workspace({}, { role: 'specialist_new_post' })).route.goal).toBe(
      'Освоение педагогом новой должности и развитие компетенций, необходимых для работы в ней',
    );
  });

  it('gives each role its own goal', () => {
    const roles = ['experienced_young', 'leader_struggling', 'innovator_conservative', 'specialist_new_post'];
    const goals = roles.map((role) => plan(workspace({}, { role })).route.goal);
    expect(new Set(goals).size).toBe(4);
  });

  it('sets one task per deficit, in the deficits’ order, in the catalog’s words', () => {
    const { route } = plan(workspace({ diagnostics: assessed({ family: 0.3, documentation: 0.6 }) }));
    expect(route.tasks).toEqual(['Выстроить эффективное взаимодействие с семьями воспитанников', 'Освоить ведение документации педагога (группы, кабинета)']);
  });

  it('words a task from the direction title when the catalog gives none', () => {
    const music: CatalogRecord = {
      direction: 'music',
      title: 'Музыкальное воспитание',
      activities: [{ id: 'music-matinee', title: 'Утренник', forms: 'С наставником', months: [12], result: 'Сценарий', when: 'deficit' }],
    };
    const { route } = plan(workspace({ diagnostics: assessed({ music: 0.4 }) }), mergeCatalog(builtin, [music]));
    expect(route.tasks).toEqual(['Преодолеть затруднения по направлению «музыкальное воспитание»']);
    expect(route.items.map((i) => i.id)).toContain('music-matinee');
  });

  it('fills in a self-education topic placeholder due by the third month (November)', () => {
    expect(plan(workspace()).route.self_education_topic).toBe('Тема уточняется: выбирается совместно с наставником до 30.11.2025');
  });
});

describe('generateRoute: the period', () => {
  it('starts with the year for a pair that began before it and ends with the pair', () => {
    const ws = workspace({}, { start: '2025-08-28', agreement: { number: '1', date: '2025-08-28' } });
    expect(plan(ws).route.period).toEqual({ start: '2025-09-01', end: '2026-05-31' });
  });

  it('starts at the pair start for a mid-year mentee', () => {
    const ws = workspace({}, { start: '2026-01-12', agreement: { number: '3', date: '2026-01-12' } });
    expect(plan(ws).route.period).toEqual({ start: '2026-01-12', end: '2026-05-31' });
  });

  it('starts a mid-year route with the onboarding, compressed into its first month, and ends it with the final diagnostics', () => {
    const planned = plan(workspace({}, { start: '2026-01-12', agreement: { number: '3', date: '2026-01-12' } }));
    const due = new Map(planned.route.items.map((i) => [i.id, i.due]));
    expect(planned.route.items.every((i) => i.due >= '2026-01-31')).toBe(true);
    expect(due.get('normative-fop')).toBe('2026-01-31');
    expect(due.get('documentation-group')).toBe('2026-01-31');
    expect(due.get('diagnostics-final')).toBe('2026-05-31');
  });

  it('gives the self-education topic the due date of its own item, at least 14 days after planning', () => {
    const planned = plan(workspace({}, { start: '2026-01-12', agreement: { number: '3', date: '2026-01-12' } }));
    const topic = planned.route.items.find((i) => i.id === 'self-education-plan')!;
    const [y, m, d] = topic.due.split('-');
    expect(planned.route.self_education_topic).toBe(`Тема уточняется: выбирается совместно с наставником до ${d}.${m}.${y}`);
    expect(topic.due >= '2026-01-26').toBe(true);
  });

  it('ends early when the pair ended early', () => {
    const ws = workspace({}, { ended_early: { date: '2026-01-20', reason: 'увольнение' } });
    const { route } = plan(ws);
    expect(route.period.end).toBe('2026-01-20');
    expect(route.items.every((i) => i.due <= '2026-01-20')).toBe(true);
  });

  it('reports the `always` activities a short period has no room for, and keeps the limit', () => {
    const ws = workspace({ diagnostics: assessed({ family: 0.3, normative: 0.4, documentation: 0.5 }) }, {
      start: '2026-04-01',
      agreement: { number: '3', date: '2026-04-01' },
    });
    const planned = plan(ws);
    const leftOut = planned.notes.filter((n) => n.code === 'left-out').map((n) => n.params['activity']);
    expect(planned.route.items).toHaveLength(8);
    expect(leftOut.length).toBeGreaterThan(0);
    expect(leftOut.every((id) => !planned.route.items.some((i) => i.id === id))).toBe(true);
    expect(leftOut.every((id) => idsWhen('always').has(String(id)))).toBe(true);
  });

  it('keeps, in a short period, the first activity of each deficit', () => {
    const ws = workspace({ diagnostics: assessed({ family: 0.3, normative: 0.4 }) }, {
      start: '2026-04-01',
      agreement: { number: '3', date: '2026-04-01' },
    });
    const ids = plan(ws).route.items.map((i) => i.id);
    expect(ids).toContain('family-social-passport');
    expect(ids).toContain('normative-fgos');
  });

  it('is for the pair the mentee spends longest in that year', () => {
    const ws = buildWorkspace({
      teachers: [
        { id: 'petrova-ov', hired: '2010-09-01', experience: { years: 20, as_of: '2025-09-01' } },
        { id: 'smirnova-tn', hired: '2010-09-01', experience: { years: 20, as_of: '2025-09-01' } },
        { id: 'ivanova-ma', hired: '2025-08-25', experience: { years: 0, as_of: '2025-08-25' } },
      ],
      mentors: [
        { teacher: 'petrova-ov', pairs: [{ kind: 'situational', start: '2025-11-10', end: '2025-11-28' }] },
        { teacher: 'smirnova-tn', pairs: [{}] },
      ],
    });
    expect(plan(ws).route.mentor).toBe('smirnova-tn');
  });

  it('is not made for a teacher with no pair in the year', () => {
    const ws = workspace({}, { start: '2024-09-02', end: '2025-05-30' });
    expect(generateRoute(ws, catalog, 'ivanova-ma', YEAR)).toBeUndefined();
  });
});

describe('generateRoute: the route passes validation', () => {
  it('with deficits, for the whole year', () => {
    const ws = workspace({ diagnostics: assessed({ family: 0.3, normative: 0.4, documentation: 0.5 }) });
    expect(problemsOf(ws, plan(ws))).toEqual([]);
  });

  it('without a self-assessment', () => {
    const ws = workspace();
    expect(problemsOf(ws, plan(ws))).toEqual([]);
  });

  it('for a mid-year mentee', () => {
    const ws = workspace({ diagnostics: assessed({ courses: 0.8 }) }, { start: '2026-01-12', agreement: { number: '3', date: '2026-01-12' } });
    expect(problemsOf(ws, plan(ws))).toEqual([]);
  });

  it('for a pair that ended early, in the middle of a month', () => {
    const ws = workspace({ diagnostics: assessed({ family: 0.3 }) }, { ended_early: { date: '2026-01-20', reason: 'увольнение' } });
    expect(problemsOf(ws, plan(ws))).toEqual([]);
  });

  it('for a short pair that lies in the summer: either no route, or a valid one', () => {
    const ws = workspace({}, { kind: 'situational', start: '2026-06-01', end: '2026-06-30', agreement: { number: '5', date: '2026-06-01' } });
    const planned = generateRoute(ws, catalog, 'ivanova-ma', YEAR);
    expect(planned === undefined ? [] : problemsOf(ws, planned)).toEqual([]);
  });
});

describe('generateRoute: determinism', () => {
  it('gives the same YAML, byte for byte, for the same workspace', () => {
    const input = (): Workspace => workspace({ diagnostics: assessed({ family: 0.3, normative: 0.4, activity: 0.9 }) });
    expect(routeToYaml(plan(input()).route, '')).toBe(routeToYaml(plan(input()).route, ''));
  });
});

describe('routeToYaml', () => {
  it('lays the route out as the example routes are: header, quoted year, flow period and deficits', () => {
    const { route } = plan(workspace({ diagnostics: assessed({ family: 0.3, normative: 0.4 }) }));
    const lines = routeToYaml(route, '# yaml-language-server: $schema=../../schemas/route.schema.json').split('\n');
    expect(lines.slice(0, 5)).toEqual([
      '# yaml-language-server: $schema=../../schemas/route.schema.json',
      'teacher: ivanova-ma',
      'mentor: petrova-ov',
      'year: "2025/2026"',
      'period: { start: 2025-09-01, end: 2026-05-31 }',
    ]);
    expect(lines).toContain('deficits: [family, normative]');
  });

  it('starts with the first field when there is no header', () => {
    expect(routeToYaml(plan(workspace()).route, '').startsWith('teacher: ivanova-ma\n')).toBe(true);
  });

  it('writes an empty deficit list as []', () => {
    expect(routeToYaml(plan(workspace()).route, '').split('\n')).toContain('deficits: []');
  });

  it('reads back as the same route', () => {
    const { route } = plan(workspace({ diagnostics: assessed({ family: 0.3, normative: 0.4 }) }));
    expect(parse(routeToYaml(route, '# header'))).toEqual(route);
  });
});

describe('the example workspace: the planned route of zaytseva-ok (20.03.2026)', () => {
  let ws: Workspace;
  let exampleCatalog: Catalog;
  let planned: PlannedRoute;

  beforeAll(async () => {
    ws = (await validateWorkspace(EXAMPLE, { today: TODAY })).workspace;
    exampleCatalog = mergeCatalog(builtin, ws.catalog.map((c) => c.value));
    const found = generateRoute(ws, exampleCatalog, 'zaytseva-ok', YEAR);
    if (found === undefined) throw new Error('no route for zaytseva-ok');
    planned = found;
  });

  it('is written to routes/2025-2026/zaytseva-ok.yaml, mentored by fedorova-ls, from the pair start', () => {
    expect(planned.file).toBe('routes/2025-2026/zaytseva-ok.yaml');
    expect(planned.route.mentor).toBe('fedorova-ls');
    expect(planned.route.period).toEqual({ start: '2026-01-12', end: '2026-04-30' });
  });

  it('has the deficits of her entry assessment, most severe first', () => {
    expect(planned.route.deficits).toEqual(['methodical', 'courses', 'normative']);
  });

  it('targets her deficits (role leader_struggling): no `always` activity beyond the core and the onboarding', () => {
    const ids = planned.route.items.map((i) => i.id);
    expect(ids).not.toContain('solnyshko-family-vk');
    expect(ids).toContain('activity-mentor-visits');
    expect(ids).toContain('documentation-group');
  });

  it('planned late (20.03), starts with onboarding, covers every deficit and gives the course its 60 days', () => {
    const late = generateRoute(ws, exampleCatalog, 'zaytseva-ok', YEAR, TODAY)!;
    const items = late.route.items;
    expect(items.every((i) => i.due >= '2026-03-31')).toBe(true);
    expect(items[0]!.id).toBe('documentation-group');
    for (const code of late.route.deficits) expect(items.some((i) => i.direction === code), code).toBe(true);
    expect(late.route.deficits).toEqual(['methodical', 'courses', 'normative']);
    const course = items.find((i) => i.id === 'courses-kpk');
    if (course !== undefined) expect(course.due >= '2026-05-19').toBe(true);
  });

  it('reads back from its YAML as the same route object', () => {
    expect(parse(routeToYaml(planned.route, ''))).toEqual(planned.route);
  });

  it('passes validation in the example workspace', () => {
    expect(checkPlannedRoute(ws, planned.file, routeToYaml(planned.route, ''), TODAY, withYaml)).toEqual([]);
  });
});

describe('generateRoute: the course, the strengths, the mentor’s visits', () => {
  const withCourse = (year: number): NonNullable<WorkspaceInput['teachers']> =>
    TEACHERS.map((t) => (t.id === 'ivanova-ma' ? { ...t, education: { level: 'higher', institution: 'ВоГУ', year: 2020, specialty: 'ДО' }, courses: [{ title: 'КПК', hours: 36, year }] } : t));

  it('holds the course (after choosing it) only when the latest course is three or more years old by the route’s end', () => {
    const old = plan(workspace({ teachers: withCourse(2023) })).route.items.map((i) => i.id);
    expect(old).toContain('courses-kpk');
    expect(old.indexOf('courses-choice')).toBeLessThan(old.indexOf('courses-kpk'));
    const recent = plan(workspace({ teachers: withCourse(2024) })).route.items.map((i) => i.id);
    expect(recent).not.toContain('courses-kpk');
  });

  it('gives up to two showcase activities to the strongest directions, and none to a weak one', () => {
    const items = plan(workspace({ diagnostics: assessed({ family: 1.9, activity: 1.8, environment: 1.6, methodical: 0.5 }) })).route.items;
    const strength = idsWhen('strength');
    const showcase = items.filter((i) => strength.has(i.id));
    expect(showcase.map((i) => i.direction).sort()).toEqual(['activity', 'family']);
    expect(items.some((i) => i.direction === 'methodical' && strength.has(i.id))).toBe(false);
    expect(items.some((i) => i.direction === 'methodical')).toBe(true);
  });

  it('has the mentor’s visits to the mentee’s lessons in every route, and visits to the mentor’s group only when she has one', () => {
    const withGroup = plan(workspace()).route.items.map((i) => i.id);
    expect(withGroup).toContain('activity-mentor-visits');
    expect(withGroup).toContain('activity-visit-mentor');
    const teachers = TEACHERS.map((t) => (t.id === 'petrova-ov' ? { ...t, group: undefined, position: 'speech_therapist' as const } : t));
    const without = plan(workspace({ teachers })).route.items.map((i) => i.id);
    expect(without).toContain('activity-mentor-visits');
    expect(without).not.toContain('activity-visit-mentor');
    expect(without).toContain('activity-visit-mentor-sessions');
  });

  it('gives a PE instructor mentored by a speech therapist no group-bound activity and her own post’s ones', () => {
    const teachers = [
      { id: 'petrova-ov', position: 'speech_therapist' as const, hired: '2010-09-01', experience: { years: 20, as_of: '2025-09-01' }, group: 'Логопедический пункт' },
      { id: 'ivanova-ma', position: 'pe_instructor' as const, hired: '2025-08-25', experience: { years: 0, as_of: '2025-08-25' } },
    ];
    const items = plan(workspace({ teachers, diagnostics: assessed({ documentation: 0.4, family: 0.5, activity: 0.6 }) })).route.items;
    const groupBound = new Set(catalog.directions.flatMap((d) => d.activities.filter((a) => a.needs_group === true).map((a) => a.id)));
    expect(items.filter((i) => groupBound.has(i.id)).map((i) => i.id)).toEqual([]);
    expect(items.map((i) => i.id)).toEqual(expect.arrayContaining(['documentation-specialist', 'activity-specialist-work', 'methodical-sports-holiday']));
    expect(items.map((i) => i.id)).not.toContain('activity-visit-mentor');
  });
});

describe('generateRoute: a full year holds 12–20 items', () => {
  it('fills a struggling teacher’s route of few deficits up to 12 with her other activities', () => {
    const ws = workspace({ diagnostics: assessed({ family: 0.5, environment: 1.1, activity: 1.3 }) }, { role: 'leader_struggling' });
    const items = plan(ws).route.items;
    expect(items).toHaveLength(12);
    expect(items.some((i) => i.direction === 'family' && idsWhen('deficit').has(i.id))).toBe(true);
    expect(items.map((i) => i.id)).toContain('activity-mentor-visits');
  });

  it('gives a young music director a year of 12–20 items', () => {
    const teachers = TEACHERS.map((t) => (t.id === 'ivanova-ma' ? { ...t, group: undefined, position: 'music_director' as const } : t));
    const n = plan(workspace({ teachers, diagnostics: assessed({ family: 1.2 }) })).route.items.length;
    expect(n).toBeGreaterThanOrEqual(12);
    expect(n).toBeLessThanOrEqual(20);
  });
});
