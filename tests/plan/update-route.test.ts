// Plan stage: `plan --update` re-plans an existing route in its own text — progress and comments
// kept, overdue planned items moved forward, activities added for deficits a newer assessment found.

import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { loadYamlParse, type YamlParse } from '../../src/load/parse-record.js';
import type { CatalogRecord, DiagnosticsRecord, RouteRecord } from '../../src/model/types.js';
import type { Workspace } from '../../src/model/workspace.js';
import { mergeCatalog, type Catalog } from '../../src/plan/catalog.js';
import { checkPlannedRoute } from '../../src/plan/check-planned.js';
import { loadBuiltinCatalog } from '../../src/plan/load-catalog.js';
import { updateRoute, type RouteUpdate } from '../../src/plan/update-route.js';
import { buildWorkspace, TODAY, type WorkspaceInput } from '../rules/build.js';

const FILE = 'routes/2025-2026/ivanova-ma.yaml';

/**
 * A route on 20.03.2026 with an item of every status. Every due date but the planned ones of
 * March–May is past; each due date appears once, so a test can find it in the text.
 */
const ROUTE = `# yaml-language-server: $schema=../../schemas/route.schema.json
teacher: ivanova-ma
mentor: petrova-ov
year: "2025/2026"
period: { start: 2025-09-01, end: 2026-05-31 }
deficits: [normative]   # по входной самооценке
goal: Профессиональная адаптация молодого педагога
tasks:
  - Изучить нормативно-правовую базу дошкольного образования
items:
  # первое полугодие
  - id: normative-fop
    direction: normative
    title: Изучение ФОП ДО
    forms: Самостоятельное изучение
    due: 2025-09-30
    result: Конспект
    status: done
    done_on: 2025-09-29
  - id: normative-fgos
    direction: normative
    title: Изучение ФГОС ДО
    forms: "Самостоятельное изучение"
    due: 2025-12-31
    result: Конспект
    status: in_progress   # продлено наставником
  - id: normative-sanpin
    direction: normative
    title: Изучение СанПиН
    forms: Консультация
    due: 2026-02-28
    result: Памятка
    status: cancelled
  - id: normative-safety
    direction: normative
    title: Охрана жизни и здоровья детей
    forms: Консультация
    due: 2026-01-31
    result: Памятка
    status: planned   # не выполнено в срок
  - id: normative-local-acts
    direction: normative
    title: Локальные акты ДОУ
    forms: Самостоятельное изучение
    due: 2026-04-30
    result: Конспект
    status: planned
meetings:
  - { date: 2025-09-18, topic: Знакомство, minutes: 45 }
`;

const ENTRY = { kind: 'entry', date: '2025-09-12', scores: { normative: 0.5, family: 1.4 } } as const;

let builtin: CatalogRecord[];
let catalog: Catalog;
let withYaml: YamlParse;

beforeAll(async () => {
  builtin = await loadBuiltinCatalog();
  catalog = mergeCatalog(builtin, []);
  withYaml = await loadYamlParse();
});

/** The mentor and the young educator, each with a group of her own (group-bound activities apply). */
const TEACHERS: NonNullable<WorkspaceInput['teachers']> = [
  { id: 'petrova-ov', hired: '2010-09-01', experience: { years: 20, as_of: '2025-09-01' }, group: 'Старшая группа' },
  { id: 'ivanova-ma', hired: '2025-08-25', experience: { years: 0, as_of: '2025-08-25' }, group: 'Средняя группа' },
];

function workspace(assessments: DiagnosticsRecord['assessments'] = [ENTRY], extra: WorkspaceInput = {}): Workspace {
  return buildWorkspace({ teachers: TEACHERS, mentors: [{ pairs: [{}] }], diagnostics: [{ assessments }], ...extra });
}

function update(text: string, ws: Workspace = workspace(), today = TODAY, on: Catalog = catalog): RouteUpdate {
  return updateRoute(text, parse(text) as RouteRecord, ws, on, today);
}

function routeOf(text: string): RouteRecord {
  return parse(text) as RouteRecord;
}

/** The lines of one item, from its `- id:` line to the next item or key at its level or above. */
function itemText(text: string, id: string): string {
  const lines = text.split('\n');
  const start = lines.findIndex((l) => l === `  - id: ${id}`);
  if (start < 0) throw new Error(`no item ${id}`);
  let end = start + 1;
  while (end < lines.length && lines[end]!.startsWith('    ')) end++;
  return lines.slice(start, end).join('\n');
}

/** A newer assessment that finds family a deficit. */
const FAMILY_LOW = { kind: 'midterm', date: '2026-01-16', scores: { normative: 0.6, family: 0.4 } } as const;

const FAMILY_DEFICIT_IDS = ['family-social-passport', 'family-consultations', 'family-difficult-talks', 'family-joint-event', 'family-final-meeting'];

describe('updateRoute: overdue planned items', () => {
  it('moves a planned item that is overdue into the current month, due at its end', () => {
    const result = update(ROUTE);
    expect(routeOf(result.text).items.find((i) => i.id === 'normative-safety')?.due).toBe('2026-03-31');
    expect(result.moved).toEqual(['normative-safety']);
  });

  it('changes nothing but that due date: comments, quotes and the other items stay byte for byte', () => {
    expect(update(ROUTE).text).toBe(ROUTE.replace('due: 2026-01-31', 'due: 2026-03-31'));
  });

  it('leaves done, in-progress and cancelled items alone, even when their due date has passed', () => {
    const text = update(ROUTE).text;
    for (const id of ['normative-fop', 'normative-fgos', 'normative-sanpin']) expect(itemText(text, id)).toBe(itemText(ROUTE, id));
  });

  it('leaves a planned item that is not yet due alone', () => {
    expect(itemText(update(ROUTE).text, 'normative-local-acts')).toBe(itemText(ROUTE, 'normative-local-acts'));
  });

  it('treats an item due earlier this month as overdue', () => {
    const text = ROUTE.replace('due: 2026-01-31', 'due: 2026-03-15');
    expect(routeOf(update(text).text).items.find((i) => i.id === 'normative-safety')?.due).toBe('2026-03-31');
  });

  it('moves to the next month with room when the current month is full', () => {
    const ws = workspace([ENTRY], { settings: { max_items_per_month: 1 } });
    const text = ROUTE.replace('due: 2025-12-31', 'due: 2026-03-31'); // the in-progress item fills March
    // April holds normative-local-acts: May is the next month with room.
    expect(routeOf(update(text, ws).text).items.find((i) => i.id === 'normative-safety')?.due).toBe('2026-05-31');
  });

  it('spreads several overdue items over the next months when the current one fills up', () => {
    const ws = workspace([ENTRY], { settings: { max_items_per_month: 1 } });
    const text = ROUTE.replace('due: 2026-04-30', 'due: 2026-02-15'); // normative-local-acts is overdue too
    const planned = routeOf(update(text, ws).text).items.filter((i) => i.status === 'planned');
    expect(planned.map((i) => [i.id, i.due])).toEqual([
      ['normative-safety', '2026-03-31'],
      ['normative-local-acts', '2026-04-30'],
    ]);
  });

  it('does not move an overdue item to a due date that has already passed, and reports it', () => {
    // 30.05.2026: the period ends on 29.05, so there is no day left to move the item to.
    const text = ROUTE.replace('end: 2026-05-31', 'end: 2026-05-29');
    const result = update(text, workspace(), '2026-05-30');
    expect(result.moved).toEqual([]);
    expect(routeOf(result.text).items.find((i) => i.id === 'normative-safety')?.due).toBe('2026-01-31');
    expect(result.notes).toContainEqual({ code: 'unplaced', severity: 'warning', teacher: 'ivanova-ma', params: { activity: 'normative-safety' } });
  });

  it('reports the overdue items that find no month with room', () => {
    const ws = workspace([ENTRY], { settings: { max_items_per_month: 1 } });
    // March, April, May each hold an item already.
    const text = ROUTE.replace('due: 2025-12-31', 'due: 2026-03-31').replace('end: 2026-05-31', 'end: 2026-04-30');
    const result = update(text, ws);
    expect(result.moved).toEqual([]);
    expect(result.notes.map((n) => [n.code, n.params['activity']])).toEqual([['unplaced', 'normative-safety']]);
  });

  it('changes nothing, byte for byte, when nothing is overdue and no deficit is new', () => {
    const text = ROUTE.replace('due: 2026-01-31', 'due: 2026-05-31');
    expect(update(text)).toEqual({ text, notes: [], moved: [], added: [] });
  });
});

describe('updateRoute: deficits a newer assessment found', () => {
  it('adds the new deficit code to the deficits', () => {
    const result = update(ROUTE, workspace([ENTRY, FAMILY_LOW]));
    expect(result.text).toContain('deficits: [normative, family]   # по входной самооценке\n');
  });

  it('adds a task for it, in the catalog’s words', () => {
    expect(routeOf(update(ROUTE, workspace([ENTRY, FAMILY_LOW])).text).tasks).toEqual([
      'Изучить нормативно-правовую базу дошкольного образования',
      'Выстроить эффективное взаимодействие с семьями воспитанников',
    ]);
  });

  it('adds the `deficit` activities of the new direction, planned, after the existing items', () => {
    const result = update(ROUTE, workspace([ENTRY, FAMILY_LOW]));
    const items = routeOf(result.text).items;
    expect(result.added).toEqual(FAMILY_DEFICIT_IDS);
    expect(items.slice(5).map((i) => [i.id, i.direction, i.status])).toEqual(FAMILY_DEFICIT_IDS.map((id) => [id, 'family', 'planned']));
  });

  it('schedules the added activities from the current month on', () => {
    const items = routeOf(update(ROUTE, workspace([ENTRY, FAMILY_LOW])).text).items.slice(5);
    expect(items.every((i) => i.due >= '2026-03-31' && i.due <= '2026-05-31')).toBe(true);
  });

  it('keeps max_items_per_month over the whole route', () => {
    const items = routeOf(update(ROUTE, workspace([ENTRY, FAMILY_LOW])).text).items.filter((i) => i.status !== 'cancelled');
    const perMonth = new Map<string, number>();
    for (const item of items) perMonth.set(item.due.slice(0, 7), (perMonth.get(item.due.slice(0, 7)) ?? 0) + 1);
    expect(Math.max(...perMonth.values())).toBeLessThanOrEqual(4);
  });

  it('adds no activity the route already has', () => {
    const own = ROUTE.replace(
      'meetings:',
      '  - id: family-consultations\n    direction: family\n    title: Консультации\n    forms: Беседы\n    due: 2026-04-30\n    result: Папка\n    status: planned\nmeetings:',
    );
    const result = update(own, workspace([ENTRY, FAMILY_LOW]));
    expect(result.added).not.toContain('family-consultations');
    expect(routeOf(result.text).items.filter((i) => i.id === 'family-consultations')).toHaveLength(1);
  });

  it('adds nothing for a deficit the route already names', () => {
    const ws = workspace([ENTRY, { kind: 'midterm', date: '2026-01-16', scores: { normative: 0.3 } }]);
    const result = update(ROUTE, ws);
    expect(result.added).toEqual([]);
    expect(result.text).toContain('deficits: [normative]   #');
  });

  it('appends to a deficit list written as a block sequence', () => {
    const block = ROUTE.replace('deficits: [normative]   # по входной самооценке', 'deficits:\n  - normative');
    expect(routeOf(update(block, workspace([ENTRY, FAMILY_LOW])).text).deficits).toEqual(['normative', 'family']);
  });

  it('keeps a task with a comma as one task in a flow list of tasks', () => {
    const flow = ROUTE.replace('tasks:\n  - Изучить нормативно-правовую базу дошкольного образования', 'tasks: [Изучить нормативно-правовую базу]');
    const family: CatalogRecord = {
      direction: 'family',
      title: 'Взаимодействие с семьями воспитанников',
      task: 'Выстроить взаимодействие с семьями, вовлечь родителей в жизнь группы',
      activities: [],
    };
    const result = update(flow, workspace([ENTRY, FAMILY_LOW]), TODAY, mergeCatalog(builtin, [family]));
    expect(routeOf(result.text).tasks).toEqual(['Изучить нормативно-правовую базу', 'Выстроить взаимодействие с семьями, вовлечь родителей в жизнь группы']);
  });

  it('keeps every comment of the route', () => {
    const text = update(ROUTE, workspace([ENTRY, FAMILY_LOW])).text;
    for (const comment of ROUTE.split('\n').filter((l) => l.includes('#'))) expect(text).toContain(comment.slice(comment.indexOf('#')));
  });
});

describe('updateRoute: the result passes validation', () => {
  it('after moving items and adding activities', () => {
    const ws = workspace([ENTRY, FAMILY_LOW]);
    const result = update(ROUTE, ws);
    expect(result.moved.length + result.added.length).toBeGreaterThan(0);
    expect(checkPlannedRoute(ws, FILE, result.text, TODAY, withYaml)).toEqual([]);
  });
});

describe('updateRoute: texts it must not get wrong', () => {
  /** A done item whose due date is an alias of the anchored due date of the overdue planned item. */
  const ALIASED = ROUTE.replace('    due: 2026-01-31\n', '    due: &deadline 2026-02-27\n').replace(
    '  - id: normative-local-acts',
    [
      '  - id: normative-profstandard',
      '    direction: normative',
      '    title: Профстандарт педагога',
      '    forms: Консультация',
      '    due: *deadline',
      '    result: Памятка',
      '    status: done',
      '    done_on: 2026-03-10',
      '  - id: normative-local-acts',
    ].join('\n'),
  );

  it('never changes a done item through an alias: it refuses the route and says where the alias is', () => {
    expect(routeOf(ALIASED).items.find((i) => i.id === 'normative-profstandard')?.due).toBe('2026-02-27');
    const result = update(ALIASED);
    expect(routeOf(result.text).items.find((i) => i.id === 'normative-profstandard')?.due).toBe('2026-02-27');
    expect(result.text).toBe(ALIASED);
    expect(result.refusal).toEqual({ code: 'alias', line: ALIASED.split('\n').indexOf('    due: *deadline') + 1, alias: 'deadline' });
    expect(result.moved).toEqual([]);
  });

  it('refuses an alias anywhere in a route it would change, rather than fail as a bug of mentor', () => {
    const text = ROUTE.replace('    title: Охрана жизни и здоровья детей\n', '    title: *topic\n').replace('title: Изучение СанПиН', 'title: &topic Изучение СанПиН');
    const result = update(text);
    expect(result.refusal).toMatchObject({ code: 'alias', alias: 'topic' });
    expect(result.text).toBe(text);
  });

  it('refuses a text whose items are not those of the record it was checked as (saved in between)', () => {
    const saved = ROUTE.replace('    status: planned   # не выполнено в срок', '    status: done\n    done_on: 2026-03-19');
    const result = updateRoute(saved, routeOf(ROUTE), workspace(), catalog, TODAY);
    expect(result).toEqual({ text: saved, notes: [], moved: [], added: [], refusal: { code: 'stale' } });
  });

  it('keeps a CRLF file CRLF when it adds items, tasks and deficits', () => {
    const crlf = ROUTE.replace(/\n/g, '\r\n');
    const result = update(crlf, workspace([ENTRY, FAMILY_LOW]));
    expect(result.added.length).toBeGreaterThan(0);
    expect(result.text.replace(/\r\n/g, '')).not.toContain('\n');
    expect(routeOf(result.text).deficits).toEqual(['normative', 'family']);
    expect(routeOf(result.text).items.slice(-1)[0]?.id).toBe(FAMILY_DEFICIT_IDS.at(-1));
  });

  it('adds to a flow list that ends with a comma', () => {
    const text = ROUTE.replace('deficits: [normative]', 'deficits: [normative, ]');
    const result = update(text, workspace([ENTRY, FAMILY_LOW]));
    expect(routeOf(result.text).deficits).toEqual(['normative', 'family']);
    expect(result.text).toContain('deficits: [normative, family, ]   # по входной самооценке\n');
  });

  it('adds to a flow list over several lines, with a trailing comma and comments', () => {
    const text = ROUTE.replace('deficits: [normative]   # по входной самооценке', 'deficits: [   # по входной самооценке\n    normative,   # нормативная база\n  ]');
    const result = update(text, workspace([ENTRY, FAMILY_LOW]));
    expect(routeOf(result.text).deficits).toEqual(['normative', 'family']);
    expect(result.text).toContain('deficits: [   # по входной самооценке\n    normative,   # нормативная база\n    family,\n  ]\n');
  });
});

describe('updateRoute: what suits the teacher', () => {
  it('adds no group-bound activity for a new deficit of a teacher without a group', () => {
    const teachers = TEACHERS.map((t) => (t.id === 'ivanova-ma' ? { ...t, group: undefined, position: 'speech_therapist' as const } : t));
    const ws = buildWorkspace({
      teachers,
      mentors: [{ pairs: [{}] }],
      diagnostics: [{ assessments: [ENTRY, { kind: 'midterm', date: '2026-01-16', scores: { family: 0.4 } }] }],
    });
    const result = update(ROUTE, ws);
    const groupBound = new Set(catalog.directions.flatMap((d) => d.activities.filter((a) => a.needs_group === true).map((a) => a.id)));
    expect(result.added.length).toBeGreaterThan(0);
    expect(result.added.filter((id) => groupBound.has(id))).toEqual([]);
  });
});

describe('updateRoute: lead times of added activities', () => {
  it('leaves out, with a note, an added activity whose lead time reaches past the period', () => {
    const contest: CatalogRecord = {
      direction: 'family',
      title: 'Взаимодействие с семьями воспитанников',
      activities: [{ id: 'family-contest', title: 'Конкурс семейных проектов', forms: 'С наставником', months: [4], result: 'Диплом', when: 'deficit', lead_days: 60 }],
    };
    const result = update(ROUTE, workspace([ENTRY, FAMILY_LOW]), '2026-04-20', mergeCatalog(builtin, [contest]));
    expect(result.added).not.toContain('family-contest');
    expect(result.notes).toContainEqual({ code: 'unplaced', severity: 'warning', teacher: 'ivanova-ma', params: { activity: 'family-contest' } });
  });
});
